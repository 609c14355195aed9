package io.connectorauth.connector;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.connectorauth.common.ApiException;
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
     * Deletes a tenant's private connector with one DELETE statement, because removing the entity through the
     * session broke under concurrent deletes in Hibernate Reactive 3.2.
     *
     * @throws ApiException with status 404 when another request deleted it since it was read
     */
    public Uni<Void> deleteOwned(Connector connector) {
        return delete("id = ?1 and tenantId = ?2", connector.id, connector.tenantId)
                .invoke(deleted -> {
                    if (deleted == 0) {
                        throw ApiException.notFound("Connector");
                    }
                })
                .replaceWithVoid();
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
