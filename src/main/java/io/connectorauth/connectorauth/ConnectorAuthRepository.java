package io.connectorauth.connectorauth;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.connectorauth.common.ApiException;
import io.connectorauth.common.ProblemKind;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/**
 * Connector auths, always looked up within one tenant.
 */
@ApplicationScoped
public class ConnectorAuthRepository implements PanacheRepositoryBase<ConnectorAuth, UUID> {

    /**
     * Finds an auth of the tenant, or null when it does not exist or belongs to another tenant.
     */
    public Uni<ConnectorAuth> findInTenant(UUID id, String tenantId) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult();
    }

    /**
     * Deletes the auth if it still has the version that was read, with one DELETE statement. Removing the entity
     * through the session instead broke under concurrent deletes in Hibernate Reactive 3.2 (HR000069 and requests
     * left waiting in an open transaction).
     *
     * @throws ApiException with status 412 when the auth changed or was deleted since it was read
     */
    public Uni<Void> deleteAsRead(ConnectorAuth auth) {
        return delete("id = ?1 and tenantId = ?2 and version = ?3", auth.id, auth.tenantId, auth.version)
                .invoke(deleted -> {
                    if (deleted == 0) {
                        throw new ApiException(ProblemKind.PRECONDITION_FAILED,
                                "The connector auth changed or was deleted while this request ran; read it again");
                    }
                })
                .replaceWithVoid();
    }
}
