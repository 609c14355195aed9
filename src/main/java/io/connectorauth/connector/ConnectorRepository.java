package io.connectorauth.connector;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/**
 * Catalog entries visible to a tenant: the global ones and the tenant's own.
 */
@ApplicationScoped
public class ConnectorRepository implements PanacheRepositoryBase<Connector, UUID> {

    /**
     * Finds a connector the tenant may see, or null.
     */
    public Uni<Connector> findVisible(UUID id, String tenantId) {
        return find("id = ?1 and (tenantId is null or tenantId = ?2)", id, tenantId).firstResult();
    }

    /**
     * Counts the connector auths of any tenant that use the connector.
     */
    public Uni<Long> countAuthsUsing(UUID connectorId) {
        return getSession()
                .flatMap(session -> session
                        .createSelectionQuery("select count(*) from ConnectorAuth where connectorId = ?1", Long.class)
                        .setParameter(1, connectorId)
                        .getSingleResult());
    }
}
