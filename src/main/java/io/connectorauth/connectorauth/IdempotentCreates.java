package io.connectorauth.connectorauth;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.exception.ConstraintViolationException;

import io.connectorauth.common.ApiException;
import io.connectorauth.common.ProblemKind;
import io.connectorauth.idempotency.IdempotencyRecord;
import io.connectorauth.idempotency.IdempotencyStore;
import io.connectorauth.security.Caller;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Creates connector auths under an {@code Idempotency-Key}: a retry with the same key and body returns the first
 * response and creates nothing, and the same key with another body is a 422 problem.
 */
@ApplicationScoped
public class IdempotentCreates {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1," + IdempotencyStore.MAX_KEY_LENGTH + "}");
    private static final String SCOPE_CONSTRAINT = "idempotency_key_scope_key";
    private static final int MAX_DEPTH = 16;

    private final ConnectorAuthService service;
    private final IdempotencyStore store;
    private final ObjectMapper responseMapper;
    private final ObjectMapper canonicalMapper;

    IdempotentCreates(ConnectorAuthService service, IdempotencyStore store, ObjectMapper mapper) {
        this.service = service;
        this.store = store;
        this.responseMapper = mapper;
        this.canonicalMapper = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /** The response of a create: the new auth's id and version, and the JSON body. */
    public record StoredCreate(UUID id, long version, String body) {
    }

    /**
     * Returns the first response for this key, or creates the auth and stores its response. Of concurrent requests
     * with one key, the first to commit creates the auth and the others return its response.
     */
    public Uni<StoredCreate> create(Caller caller, String key, CreateConnectorAuthRequest request) {
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalid("Idempotency-Key",
                    "must be 1 to " + IdempotencyStore.MAX_KEY_LENGTH + " visible ASCII characters");
        }
        byte[] requestHash = store.hash(canonical(request));
        return store.replay(caller.tenantId(), caller.userId(), key, requestHash)
                .flatMap(stored -> stored != null
                        ? Uni.createFrom().item(replayed(stored))
                        : createAndRecord(caller, key, requestHash, request))
                .onFailure(IdempotentCreates::isKeyTaken)
                .recoverWithUni(() -> replayAfterRace(caller, key, requestHash));
    }

    private Uni<StoredCreate> createAndRecord(Caller caller, String key, byte[] requestHash,
            CreateConnectorAuthRequest request) {
        StoredCreate[] created = new StoredCreate[1];
        return service.create(caller, request, view -> {
            created[0] = new StoredCreate(view.id(), view.version(), json(view));
            return store.record(caller.tenantId(), caller.userId(), key, requestHash, view.id(), created[0].body());
        })
                .map(view -> created[0]);
    }

    private Uni<StoredCreate> replayAfterRace(Caller caller, String key, byte[] requestHash) {
        Log.debugf("Idempotency-Key lost the race to a concurrent create, so its response is returned");
        return store.replay(caller.tenantId(), caller.userId(), key, requestHash)
                .map(stored -> {
                    if (stored == null) {
                        throw new ApiException(ProblemKind.CONFLICT,
                                "A request with this Idempotency-Key is in progress; retry later");
                    }
                    return replayed(stored);
                });
    }

    private StoredCreate replayed(IdempotencyRecord stored) {
        try {
            long version = responseMapper.readTree(stored.responseBody).path("version").asLong();
            return new StoredCreate(stored.resourceId, version, stored.responseBody);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent response is not JSON", e);
        }
    }

    private byte[] canonical(CreateConnectorAuthRequest request) {
        try {
            return canonicalMapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize the create request", e);
        }
    }

    private String json(ConnectorAuthView view) {
        try {
            return responseMapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize the connector auth", e);
        }
    }

    /**
     * Returns whether the failure is the unique violation of a concurrent create with the same key. Hibernate
     * Reactive reports it as its own ConstraintViolationException, sometimes only as a suppressed exception.
     */
    private static boolean isKeyTaken(Throwable failure) {
        return isKeyTaken(failure, 0);
    }

    private static boolean isKeyTaken(Throwable failure, int depth) {
        if (failure == null || depth > MAX_DEPTH) {
            return false;
        }
        if (failure instanceof ConstraintViolationException violation
                && SCOPE_CONSTRAINT.equals(violation.getConstraintName())) {
            return true;
        }
        if (failure instanceof PgException pg && SCOPE_CONSTRAINT.equals(pg.getConstraint())) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isKeyTaken(suppressed, depth + 1)) {
                return true;
            }
        }
        return isKeyTaken(failure.getCause(), depth + 1);
    }
}
