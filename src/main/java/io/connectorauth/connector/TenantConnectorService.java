package io.connectorauth.connector;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.connectorauth.common.ApiException;
import io.connectorauth.common.FieldViolation;
import io.connectorauth.common.ProblemKind;
import io.connectorauth.security.Caller;
import io.connectorauth.security.Operation;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Private connectors of a tenant ("proprietary connectors"), which only its account admins with scope
 * {@code connectors} may add, change or delete. The global catalog stays read-only for tenants.
 */
@ApplicationScoped
public class TenantConnectorService {

    private final ConnectorRepository connectors;

    TenantConnectorService(ConnectorRepository connectors) {
        this.connectors = connectors;
    }

    /**
     * Adds a private connector; its slug must not clash with a global entry or another of the tenant's.
     */
    @WithTransaction
    public Uni<ConnectorView> create(Caller caller, ConnectorRequest request) {
        requireAdmin(caller);
        validate(request);
        Connector connector = new Connector();
        connector.id = UUID.randomUUID();
        connector.tenantId = caller.tenantId();
        connector.createdAt = now();
        apply(request, connector);
        return rejectTakenSlug(caller, request.slug(), null)
                .replaceWith(connector)
                .call(connectors::persist)
                .invoke(created -> Log.infof("Created private connector %s", created.id))
                .map(ConnectorView::of);
    }

    /**
     * Replaces a private connector of the tenant.
     */
    @WithTransaction
    public Uni<ConnectorView> update(Caller caller, UUID id, ConnectorRequest request) {
        requireAdmin(caller);
        validate(request);
        return findOwned(caller, id)
                .call(connector -> rejectTakenSlug(caller, request.slug(), connector.id))
                .invoke(connector -> apply(request, connector))
                .call(connectors::flush)
                .invoke(connector -> Log.infof("Updated private connector %s", connector.id))
                .map(ConnectorView::of);
    }

    /**
     * Deletes a private connector that no connector auth uses.
     */
    @WithTransaction
    public Uni<Void> delete(Caller caller, UUID id) {
        requireAdmin(caller);
        return findOwned(caller, id)
                .call(this::rejectIfUsed)
                .call(connectors::deleteOwned)
                .invoke(connector -> Log.infof("Deleted private connector %s", connector.id))
                .replaceWithVoid();
    }

    private static void requireAdmin(Caller caller) {
        caller.require(Operation.MANAGE_CONNECTORS);
        if (!caller.admin()) {
            throw new ApiException(ProblemKind.FORBIDDEN, "Only account admins may manage private connectors");
        }
    }

    private static void validate(ConnectorRequest request) {
        List<FieldViolation> violations = AuthSchemaValidator.validate(request.authSchemas());
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }

    private Uni<Connector> findOwned(Caller caller, UUID id) {
        return connectors.findVisible(id, caller.tenantId())
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Connector"))
                .invoke(connector -> {
                    if (connector.tenantId == null) {
                        throw new ApiException(ProblemKind.FORBIDDEN, "The global catalog is read-only");
                    }
                });
    }

    private Uni<Void> rejectTakenSlug(Caller caller, String slug, UUID self) {
        return connectors.count("slug = ?1 and (tenantId is null or tenantId = ?2) and id <> ?3", slug,
                caller.tenantId(), self == null ? new UUID(0, 0) : self)
                .invoke(count -> {
                    if (count > 0) {
                        throw new ApiException(ProblemKind.CONFLICT, "A connector with slug '" + slug
                                + "' already exists");
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> rejectIfUsed(Connector connector) {
        return connectors.countAuthsUsing(connector.id)
                .invoke(count -> {
                    if (count > 0) {
                        throw new ApiException(ProblemKind.CONFLICT, "Connector " + connector.name + " is used by "
                                + count + " connector auth(s); delete or move them first");
                    }
                })
                .replaceWithVoid();
    }

    private static void apply(ConnectorRequest request, Connector connector) {
        connector.name = request.name().trim();
        connector.slug = request.slug();
        connector.description = request.description();
        connector.status = request.status();
        connector.baseUrl = request.baseUrl();
        connector.logoUrl = request.logoUrl();
        connector.tags = request.tags() == null
                ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(request.tags()));
        connector.authSchemas = new LinkedHashMap<>(request.authSchemas());
        connector.authTypes = new ArrayList<>(request.authSchemas().keySet());
        connector.updatedAt = now();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
