package io.connectorauth.connectorauth;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.connectorauth.audit.AuditLog;
import io.connectorauth.audit.AuditOutcome;
import io.connectorauth.common.ApiException;
import io.connectorauth.common.ProblemKind;
import io.connectorauth.ops.DomainMetrics;
import io.connectorauth.security.Caller;
import io.connectorauth.security.Operation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * Returns the plaintext secrets of a connector auth. Every attempt leaves an audit event: a successful reveal in
 * the transaction that reads the secrets, so no secret leaves without its event, and a denied or failed one in a
 * transaction of its own.
 */
@ApplicationScoped
public class SecretRevealService {

    static final String ACTION = "connector_auth.reveal";

    private final ConnectorAuthRepository auths;
    private final CredentialSealer sealer;
    private final AuditLog audit;
    private final DomainMetrics metrics;

    SecretRevealService(ConnectorAuthRepository auths, CredentialSealer sealer, AuditLog audit,
            DomainMetrics metrics) {
        this.metrics = metrics;
        this.auths = auths;
        this.sealer = sealer;
        this.audit = audit;
    }

    /**
     * Decrypts the auth's secrets for a caller with scope {@code connector_auth:reveal} and read permission on it.
     * Fails with 403 without the scope and 404 when the caller cannot read the auth, as for any other request.
     */
    public Uni<SecretsView> reveal(Caller caller, UUID id) {
        if (!caller.has(Operation.REVEAL_SECRETS)) {
            ApiException denied = new ApiException(ProblemKind.FORBIDDEN,
                    "Revealing secrets requires scope connector_auth:reveal");
            return audit.recordAlone(caller, ACTION, id, AuditOutcome.DENIED)
                    .onItem()
                    .transformToUni(recorded -> Uni.createFrom().failure(denied));
        }
        return Panache.withTransaction(() -> revealInTransaction(caller, id))
                .onFailure(ApiException.class)
                .call(failure -> recordFailure(caller, id, (ApiException) failure))
                .invoke(view -> Log.infof("Revealed the secrets of connector auth %s", id))
                .invoke(metrics::secretRevealed);
    }

    private Uni<SecretsView> revealInTransaction(Caller caller, UUID id) {
        return auths.findInTenant(id, caller.tenantId())
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Connector auth"))
                .invoke(entity -> AccessPolicy.require(caller, entity, Permission.READ))
                .flatMap(entity -> sealer.open(entity)
                        .call(draft -> audit.record(caller, ACTION, id, AuditOutcome.SUCCESS, entity.secretFields))
                        .map(draft -> SecretsView.of(entity.id, draft)));
    }

    private Uni<Void> recordFailure(Caller caller, UUID id, ApiException failure) {
        AuditOutcome outcome = failure.kind() == ProblemKind.NOT_FOUND
                ? AuditOutcome.NOT_FOUND
                : AuditOutcome.FAILED;
        Log.infof("Refused to reveal the secrets of connector auth %s: %s", id, failure.kind());
        return audit.recordAlone(caller, ACTION, id, outcome);
    }
}
