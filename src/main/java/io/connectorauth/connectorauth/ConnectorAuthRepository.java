package io.connectorauth.connectorauth;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

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
}
