package io.connectorauth.connector;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.connectorauth.common.ApiException;
import io.connectorauth.common.ListParams;
import io.connectorauth.common.ListQueryRunner;
import io.connectorauth.common.PageResult;
import io.connectorauth.security.Caller;
import io.connectorauth.security.Operation;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the connector catalog visible to one tenant: the global entries plus the tenant's private ones.
 */
@ApplicationScoped
public class ConnectorService {

    private static final TypeReference<Map<String, AuthSchema>> SCHEMAS = new TypeReference<>() {
    };

    private final ConnectorRepository connectors;
    private final ListQueryRunner lists;
    private final ObjectMapper mapper;

    ConnectorService(ConnectorRepository connectors, ListQueryRunner lists, ObjectMapper mapper) {
        this.connectors = connectors;
        this.lists = lists;
        this.mapper = mapper;
    }

    /**
     * Returns one page of the catalog, filtered and sorted as the client asked.
     */
    public Uni<PageResult<ConnectorView>> list(Caller caller, ListParams params) {
        caller.require(Operation.READ_CONNECTORS);
        return lists.list(ConnectorQueries.LIST, ConnectorQueries.VISIBLE_TO_TENANT, List.of(caller.tenantId()),
                params)
                .map(page -> page.map(this::toView));
    }

    /**
     * Returns one connector the tenant may see; another tenant's private connector is reported as not found.
     */
    @WithSession
    public Uni<ConnectorView> get(Caller caller, UUID id) {
        caller.require(Operation.READ_CONNECTORS);
        return connectors.findVisible(id, caller.tenantId())
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Connector"))
                .map(ConnectorView::of);
    }

    private ConnectorView toView(Row row) {
        Map<String, AuthSchema> schemas = mapper.convertValue(row.getJsonObject("auth_schemas").getMap(), SCHEMAS);
        return new ConnectorView(
                row.getUUID("id"),
                row.getString("name"),
                row.getString("slug"),
                row.getString("description"),
                row.getString("status"),
                List.of(row.getArrayOfStrings("auth_types")),
                schemas,
                row.getString("base_url"),
                row.getString("logo_url"),
                List.of(row.getArrayOfStrings("tags")),
                row.getString("tenant_id") == null,
                row.getOffsetDateTime("created_at").toInstant(),
                row.getOffsetDateTime("updated_at").toInstant());
    }
}
