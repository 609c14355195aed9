package io.connectorauth.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.connectorauth.common.NativeSql;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * Per-tenant data keys (DEKs): Tink AES-256-GCM keysets, made on first use and stored in {@code tenant_data_key}
 * wrapped by a KEK. Unwrapped keys stay in a bounded in-memory cache for {@code dek-cache-ttl}. Every method runs on
 * the current Hibernate Reactive session, so it joins the caller's transaction.
 */
@ApplicationScoped
public class DataKeys {

    /** A tenant's data key of one version, ready to encrypt. */
    public record DataKey(int version, Aead aead) {
    }

    private static final byte[] WRAP_LABEL = "connector-auth/dek/v1".getBytes(StandardCharsets.UTF_8);

    private final KekProvider keks;
    private final Cache<String, Aead> cache;

    DataKeys(KekProvider keks, CryptoConfig config) {
        this.keks = keks;
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(config.dekCacheTtl())
                .maximumSize(config.dekCacheSize())
                .build();
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink AEAD cannot be registered", e);
        }
    }

    /**
     * Returns the tenant's primary data key, making version 1 (or the next version after destroyed ones) when the
     * tenant has none.
     */
    public Uni<DataKey> primary(String tenantId) {
        return NativeSql.rows("SELECT version, kek_version, wrapped_key FROM tenant_data_key "
                + "WHERE tenant_id = ?1 AND state = 'primary'", tenantId)
                .flatMap(rows -> rows.isEmpty() ? createThenRead(tenantId) : Uni.createFrom().item(rows.get(0)))
                .flatMap(row -> unwrapped(tenantId, row));
    }

    /**
     * Returns the tenant's data key of {@code version}.
     *
     * @throws KeysDestroyedException when that version was destroyed or never existed
     */
    public Uni<Aead> find(String tenantId, int version) {
        Aead cached = cache.getIfPresent(cacheKey(tenantId, version));
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return NativeSql.rows("SELECT version, kek_version, wrapped_key FROM tenant_data_key "
                + "WHERE tenant_id = ?1 AND version = ?2 AND state <> 'destroyed'", tenantId, version)
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw new KeysDestroyedException(tenantId, version);
                    }
                    return rows.get(0);
                })
                .flatMap(row -> unwrapped(tenantId, row))
                .map(DataKey::aead);
    }

    /**
     * Demotes the tenant's primary data key to decrypt-only and makes the next version primary, in the current
     * transaction. Concurrent rotations of one tenant are serialized by an advisory lock.
     *
     * @return the new version
     */
    public Uni<Integer> rotate(String tenantId) {
        return NativeSql.rows("SELECT pg_advisory_xact_lock(hashtext(?1))::text", "dek:" + tenantId)
                .flatMap(locked -> NativeSql.update("UPDATE tenant_data_key SET state = 'active' "
                        + "WHERE tenant_id = ?1 AND state = 'primary'", tenantId))
                .flatMap(demoted -> create(tenantId));
    }

    /**
     * Rewraps the wrapped key bytes under the primary KEK. The data key itself, and so every ciphertext, is
     * unchanged.
     */
    public Uni<byte[]> rewrap(String tenantId, int version, int kekVersion, byte[] wrappedKey) {
        byte[] associatedData = wrapAssociatedData(tenantId, version);
        return keks.unwrap(kekVersion, wrappedKey, associatedData)
                .flatMap(plain -> keks.wrap(keks.primaryVersion(), plain, associatedData));
    }

    /**
     * Destroys every data key of the tenant: the wrapped keys are deleted in the current transaction and dropped
     * from this replica's cache. Other replicas drop them when their cache entries expire.
     *
     * @return the number of keys destroyed
     */
    public Uni<Integer> destroyAll(String tenantId) {
        return NativeSql.update("UPDATE tenant_data_key SET state = 'destroyed', wrapped_key = NULL, "
                + "kek_version = NULL, destroyed_at = now() WHERE tenant_id = ?1 AND state <> 'destroyed'", tenantId)
                .invoke(() -> cache.asMap().keySet().removeIf(key -> key.startsWith(tenantId + '\u0000')));
    }

    private Uni<Object[]> createThenRead(String tenantId) {
        return create(tenantId)
                .flatMap(created -> NativeSql.rows("SELECT version, kek_version, wrapped_key FROM tenant_data_key "
                        + "WHERE tenant_id = ?1 AND state = 'primary'", tenantId)
                        .map(rows -> {
                            if (rows.isEmpty()) {
                                throw new IllegalStateException("No primary data key after creating one");
                            }
                            return rows.get(0);
                        }));
    }

    /**
     * Inserts a new primary data key at the next version. A concurrent insert of the same tenant wins the race
     * through the primary key or the one-primary index, and this insert then does nothing.
     */
    private Uni<Integer> create(String tenantId) {
        int kekVersion = keks.primaryVersion();
        return NativeSql.rows("SELECT coalesce(max(version), 0) + 1 FROM tenant_data_key WHERE tenant_id = ?1",
                tenantId)
                .map(rows -> ((Number) firstColumn(rows)).intValue())
                .flatMap(version -> keks.wrap(kekVersion, newKeyset(), wrapAssociatedData(tenantId, version))
                        .flatMap(wrapped -> NativeSql.update("INSERT INTO tenant_data_key "
                                + "(tenant_id, version, kek_version, wrapped_key, state, created_at) "
                                + "VALUES (?1, ?2, ?3, ?4, 'primary', now()) ON CONFLICT DO NOTHING", tenantId,
                                version, kekVersion, wrapped))
                        .invoke(() -> Log.infof("Created data key version %d of tenant %s", version, tenantId))
                        .replaceWith(version));
    }

    private static Object firstColumn(List<?> rows) {
        Object row = rows.get(0);
        return row instanceof Object[] columns ? columns[0] : row;
    }

    private Uni<DataKey> unwrapped(String tenantId, Object[] row) {
        int version = ((Number) row[0]).intValue();
        Aead cached = cache.getIfPresent(cacheKey(tenantId, version));
        if (cached != null) {
            return Uni.createFrom().item(new DataKey(version, cached));
        }
        int kekVersion = ((Number) row[1]).intValue();
        return keks.unwrap(kekVersion, (byte[]) row[2], wrapAssociatedData(tenantId, version))
                .map(DataKeys::parseKeyset)
                .invoke(aead -> cache.put(cacheKey(tenantId, version), aead))
                .map(aead -> new DataKey(version, aead));
    }

    private static byte[] newKeyset() {
        try {
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            return TinkProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Generating a data key failed", e);
        }
    }

    private static Aead parseKeyset(byte[] serialized) {
        try {
            KeysetHandle handle = TinkProtoKeysetFormat.parseKeyset(serialized, InsecureSecretKeyAccess.get());
            return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailedException("An unwrapped data key is not a valid Tink keyset", e);
        }
    }

    private static String cacheKey(String tenantId, int version) {
        return tenantId + '\u0000' + version;
    }

    /**
     * Binds a wrapped key to its tenant and version, so a wrapped key copied to another row fails to unwrap.
     */
    static byte[] wrapAssociatedData(String tenantId, int version) {
        byte[] tenant = tenantId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(WRAP_LABEL.length + 4 + tenant.length + 4)
                .put(WRAP_LABEL)
                .putInt(tenant.length)
                .put(tenant)
                .putInt(version)
                .array();
    }
}
