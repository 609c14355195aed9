package io.connectorauth.connectorauth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.connectorauth.audit.AuditLog;
import io.connectorauth.audit.AuditOutcome;
import io.connectorauth.common.ApiException;
import io.connectorauth.common.FieldViolation;
import io.connectorauth.common.ListParams;
import io.connectorauth.common.ListQueryRunner;
import io.connectorauth.common.PageResult;
import io.connectorauth.connector.AuthSchema;
import io.connectorauth.connector.Connector;
import io.connectorauth.connector.ConnectorRepository;
import io.connectorauth.connector.ConnectorStatus;
import io.connectorauth.ops.DomainMetrics;
import io.connectorauth.security.Caller;
import io.connectorauth.security.Operation;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Creates, reads, updates and deletes connector auths within the caller's tenant.
 */
@ApplicationScoped
public class ConnectorAuthService {

    private static final String WHAT = "Connector auth";

    private final ConnectorAuthRepository auths;
    private final ConnectorRepository connectors;
    private final CredentialValidator validator;
    private final CredentialSealer sealer;
    private final ListQueryRunner lists;
    private final PermissionsConfig permissionsConfig;
    private final AuditLog audit;
    private final DomainMetrics metrics;
    private final ConnectorAuthReader reader;

    ConnectorAuthService(ConnectorAuthRepository auths, ConnectorRepository connectors, CredentialValidator validator,
            CredentialSealer sealer, ListQueryRunner lists, PermissionsConfig permissionsConfig, AuditLog audit,
            DomainMetrics metrics, ConnectorAuthReader reader) {
        this.reader = reader;
        this.audit = audit;
        this.metrics = metrics;
        this.lists = lists;
        this.permissionsConfig = permissionsConfig;
        this.auths = auths;
        this.connectors = connectors;
        this.validator = validator;
        this.sealer = sealer;
    }

    /**
     * Validates a new credential against its connector's schema and stores it with its secrets encrypted.
     */
    @WithTransaction
    public Uni<ConnectorAuthView> create(Caller caller, CreateConnectorAuthRequest request) {
        return create(caller, request, view -> Uni.createFrom().voidItem());
    }

    /**
     * Creates as {@link #create(Caller, CreateConnectorAuthRequest)} does, then runs {@code inSameTransaction} on the
     * result, so that both commit or roll back together.
     */
    @WithTransaction
    public Uni<ConnectorAuthView> create(Caller caller, CreateConnectorAuthRequest request,
            Function<ConnectorAuthView, Uni<?>> inSameTransaction) {
        caller.require(Operation.CREATE_AUTHS);
        CredentialDraft draft = CredentialDraft.from(request);
        return Uni.createFrom().item(() -> CredentialChanges.masksInNew(draft))
                .flatMap(violations -> checkedSchema(caller, draft, violations, true))
                .flatMap(schema -> newEntity(caller, draft, schema))
                .invoke(entity -> grantDefaults(entity, request.permissions()))
                .call(auths::persist)
                .call(entity -> audit.record(caller, "connector_auth.create", entity.id, AuditOutcome.SUCCESS,
                        DraftDiff.changed(Map.of(), DraftDiff.snapshot(draft))))
                .invoke(entity -> Log.infof("Created connector auth %s", entity.id))
                .map(ConnectorAuthViews::of)
                .call(inSameTransaction)
                .invoke(metrics::authCreated);
    }

    /**
     * Returns one page of the caller's tenant's auths, filtered and sorted as the client asked.
     */
    public Uni<PageResult<ConnectorAuthView>> list(Caller caller, ListParams params) {
        caller.require(Operation.READ_AUTHS);
        return lists.list(ConnectorAuthQueries.LIST, AccessPolicy.readableCondition(caller),
                AccessPolicy.readableParams(caller), params)
                .map(page -> page.map(ConnectorAuthViews::of));
    }

    /**
     * Returns one auth of the caller's tenant; another tenant's auth is reported as not found.
     */
    public Uni<ConnectorAuthView> get(Caller caller, UUID id) {
        caller.require(Operation.READ_AUTHS);
        return reader.findReadable(caller, id)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound(WHAT));
    }

    /**
     * Applies a partial update and validates the result as a whole, as on create.
     */
    @WithTransaction
    public Uni<ConnectorAuthView> update(Caller caller, UUID id, IfMatch precondition,
            UpdateConnectorAuthRequest request) {
        caller.require(Operation.UPDATE_AUTHS);
        return findOrFail(caller, id, Permission.UPDATE)
                .invoke(entity -> precondition.require(entity.version))
                .flatMap(entity -> applyUpdate(caller, entity, request)
                        .call(auths::flush)
                        .call(changed -> audit.record(caller, "connector_auth.update", entity.id,
                                AuditOutcome.SUCCESS, changed))
                        .replaceWith(entity))
                .invoke(entity -> Log.infof("Updated connector auth %s", entity.id))
                .invoke(metrics::authUpdated)
                .map(ConnectorAuthViews::of);
    }

    /**
     * Deletes one auth of the caller's tenant.
     */
    @WithTransaction
    public Uni<Void> delete(Caller caller, UUID id, IfMatch precondition) {
        caller.require(Operation.DELETE_AUTHS);
        return findOrFail(caller, id, Permission.DELETE)
                .invoke(entity -> precondition.require(entity.version))
                .call(auths::deleteAsRead)
                .call(entity -> audit.record(caller, "connector_auth.delete", entity.id, AuditOutcome.SUCCESS,
                        List.of()))
                .invoke(entity -> Log.infof("Deleted connector auth %s", entity.id))
                .invoke(metrics::authDeleted)
                .replaceWithVoid();
    }

    /**
     * Replaces the permissions named in the request; needs the manage permission on the auth.
     */
    @WithTransaction
    public Uni<ConnectorAuthView> updatePermissions(Caller caller, UUID id, IfMatch precondition,
            PermissionsView permissions) {
        caller.require(Operation.UPDATE_AUTHS);
        return findOrFail(caller, id, Permission.MANAGE)
                .invoke(entity -> precondition.require(entity.version))
                .invoke(entity -> AccessPolicy.apply(permissions, entity))
                .invoke(entity -> touch(entity, caller))
                .call(auths::flush)
                .call(entity -> audit.record(caller, "connector_auth.permissions", entity.id,
                        AuditOutcome.SUCCESS, DraftDiff.permissionNames(permissions)))
                .invoke(entity -> Log.infof("Changed permissions of connector auth %s", entity.id))
                .map(ConnectorAuthViews::of);
    }

    /**
     * Finds an auth of the caller's tenant and checks the permission: 404 when the caller cannot read it, exactly
     * as for another tenant's auth or a random id, and 403 when it can read but lacks the permission.
     */
    private Uni<ConnectorAuth> findOrFail(Caller caller, UUID id, Permission permission) {
        return auths.findInTenant(id, caller.tenantId())
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound(WHAT))
                .invoke(entity -> AccessPolicy.require(caller, entity, permission));
    }

    private void grantDefaults(ConnectorAuth entity, PermissionsView requested) {
        boolean accountWide = permissionsConfig.sharingLevel() == PermissionsConfig.SharingLevel.ACCOUNT;
        entity.ownerId = entity.createdBy;
        entity.read = accountWide ? Grant.company() : Grant.ownerOnly();
        entity.update = accountWide ? Grant.company() : Grant.ownerOnly();
        entity.delete = accountWide ? Grant.company() : Grant.ownerOnly();
        entity.manage = Grant.ownerOnly();
        if (requested != null) {
            AccessPolicy.apply(requested, entity);
        }
    }

    /**
     * Applies the request to the entity and returns the names of the fields it changed.
     */
    private Uni<List<String>> applyUpdate(Caller caller, ConnectorAuth entity, UpdateConnectorAuthRequest request) {
        return sealer.open(entity)
                .flatMap(draft -> applyToDraft(caller, entity, draft, request));
    }

    private Uni<List<String>> applyToDraft(Caller caller, ConnectorAuth entity, CredentialDraft draft,
            UpdateConnectorAuthRequest request) {
        Map<String, Object> before = DraftDiff.snapshot(draft);
        UUID previousConnector = draft.connectorId;
        List<FieldViolation> violations = CredentialChanges.apply(request, draft);
        boolean connectorChanged = !Objects.equals(previousConnector, draft.connectorId);
        return checkedSchema(caller, draft, violations, connectorChanged)
                .flatMap(schema -> sealer.seal(draft, schema, entity))
                .invoke(() -> touch(entity, caller))
                .map(sealed -> DraftDiff.changed(before, DraftDiff.snapshot(draft)));
    }

    /**
     * Looks up the draft's connector and validates the draft against it, failing with every violation found.
     */
    private Uni<AuthSchema> checkedSchema(Caller caller, CredentialDraft draft, List<FieldViolation> earlier,
            boolean requireActive) {
        if (draft.connectorId == null) {
            List<FieldViolation> violations = new ArrayList<>(earlier);
            violations.add(new FieldViolation("connector_id", "must not be null"));
            return Uni.createFrom().failure(ApiException.invalid(violations));
        }
        return connectors.findVisible(draft.connectorId, caller.tenantId())
                .map(connector -> validated(draft, connector, earlier, requireActive));
    }

    private AuthSchema validated(CredentialDraft draft, Connector connector, List<FieldViolation> earlier,
            boolean requireActive) {
        List<FieldViolation> violations = new ArrayList<>(earlier);
        if (connector == null) {
            violations.add(new FieldViolation("connector_id", "no connector with this id"));
            throw ApiException.invalid(violations);
        }
        if (requireActive && !ConnectorStatus.ACTIVE.value().equals(connector.status)) {
            violations.add(new FieldViolation("connector_id", "connector " + connector.name + " is "
                    + connector.status + "; only active connectors take new credentials"));
        }
        violations.addAll(validator.validate(draft, connector));
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return connector.authSchemas.get(draft.authType);
    }

    private Uni<ConnectorAuth> newEntity(Caller caller, CredentialDraft draft, AuthSchema schema) {
        ConnectorAuth entity = new ConnectorAuth();
        entity.id = UUID.randomUUID();
        entity.tenantId = caller.tenantId();
        entity.createdBy = caller.userId();
        entity.createdAt = now();
        touch(entity, caller);
        entity.updatedAt = entity.createdAt;
        return sealer.seal(draft, schema, entity);
    }

    private static void touch(ConnectorAuth entity, Caller caller) {
        entity.updatedBy = caller.userId();
        entity.updatedAt = now();
    }

    /**
     * Returns the current time at the microsecond precision PostgreSQL stores, so responses match later reads.
     */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
