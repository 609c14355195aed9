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
     * @throws ApiException with status 404 when another request deleted it since it was read, and with status 412
     *             when another request changed it
     */
    public Uni<Void> deleteAsRead(ConnectorAuth auth) {
        return delete("id = ?1 and tenantId = ?2 and version = ?3", auth.id, auth.tenantId, auth.version)
                .flatMap(deleted -> deleted > 0 ? Uni.createFrom().voidItem() : failDeleteOfStale(auth));
    }

    /**
     * Fails a delete that matched no row. The status is 404 when the row is gone, as for a repeated DELETE, and 412
     * when the row is still there with another version.
     */
    private Uni<Void> failDeleteOfStale(ConnectorAuth auth) {
        return count("id = ?1 and tenantId = ?2", auth.id, auth.tenantId)
                .map(left -> {
                    if (left == 0) {
                        throw ApiException.notFound("Connector auth");
                    }
                    throw new ApiException(ProblemKind.PRECONDITION_FAILED,
                            "The connector auth changed while this request ran. Read it again and retry.");
                });
    }
}
