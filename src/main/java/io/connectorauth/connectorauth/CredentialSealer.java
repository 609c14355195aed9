package io.connectorauth.connectorauth;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.connectorauth.connector.AuthSchema;
import io.connectorauth.connector.CredentialField;
import io.connectorauth.crypto.DecryptionFailedException;
import io.connectorauth.crypto.EncryptedSecret;
import io.connectorauth.crypto.KeysDestroyedException;
import io.connectorauth.crypto.SecretCipher;
import io.smallrye.mutiny.Uni;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Moves credentials between their plain form and their stored form: non-secret values in columns, secret values
 * sealed into one AES-GCM ciphertext under the tenant's data key, bound to the row's tenant and id.
 */
@ApplicationScoped
class CredentialSealer {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final SecretCipher cipher;
    private final ObjectMapper mapper;

    CredentialSealer(SecretCipher cipher, ObjectMapper mapper) {
        this.cipher = cipher;
        this.mapper = mapper;
    }

    /**
     * Writes the draft into the entity, sealing its secrets under the tenant's data key. The entity's id and tenant
     * must already be set, and a Hibernate Reactive session must be open. The entity changes only after encryption:
     * the key lookup may flush the session, and a half-changed entity would be written by that flush.
     */
    Uni<ConnectorAuth> seal(CredentialDraft draft, AuthSchema schema, ConnectorAuth entity) {
        Map<String, String> secrets = SecretPayload.sorted();
        SecretPayload.putIfSet(secrets, SecretPayload.PASSWORD, draft.password);
        SecretPayload.putIfSet(secrets, SecretPayload.AUTH_TOKEN, draft.authToken);
        SecretPayload.putIfSet(secrets, SecretPayload.REFRESH_TOKEN, draft.refreshToken);
        SecretPayload.putIfSet(secrets, SecretPayload.AUTH_DETAILS, draft.authDetails);

        String apiEndpoint = null;
        if (draft.apiEndpoint != null) {
            ApiEndpoint endpoint = ApiEndpoint.parse(draft.apiEndpoint);
            apiEndpoint = endpoint.withoutPassword();
            SecretPayload.putIfSet(secrets, SecretPayload.API_ENDPOINT_PASSWORD, endpoint.password());
        }

        Map<String, String> plainInput = new LinkedHashMap<>();
        draft.userInput.forEach((key, value) -> {
            if (isSecretUserInput(schema, key) || draft.sealedUserInputKeys.contains(key)) {
                secrets.put(SecretPayload.USER_INPUT_PREFIX + key, value);
            } else {
                plainInput.put(key, value);
            }
        });

        String endpointWithoutPassword = apiEndpoint;
        return encryptSecrets(secrets, entity)
                .map(sealed -> {
                    entity.apiEndpoint = endpointWithoutPassword;
                    entity.connectorId = draft.connectorId;
                    entity.name = draft.name;
                    entity.authType = draft.authType;
                    entity.username = draft.username;
                    entity.userInput = plainInput;
                    entity.tags = new ArrayList<>(draft.tags);
                    entity.secretFields = new ArrayList<>(secrets.keySet());
                    entity.secrets = sealed == null ? null : sealed.ciphertext();
                    entity.keyVersion = null;
                    entity.dekVersion = sealed == null ? null : sealed.dekVersion();
                    return entity;
                });
    }

    /**
     * Reads the entity back into plain form, decrypting its secrets. Fails with {@link DecryptionFailedException}
     * when the stored ciphertext does not belong to this row, and with {@link KeysDestroyedException} when the
     * tenant's data key was destroyed.
     */
    Uni<CredentialDraft> open(ConnectorAuth entity) {
        return readSecrets(entity).map(secrets -> toDraft(entity, secrets));
    }

    private static CredentialDraft toDraft(ConnectorAuth entity, Map<String, String> secrets) {
        CredentialDraft draft = new CredentialDraft();
        draft.connectorId = entity.connectorId;
        draft.name = entity.name;
        draft.authType = entity.authType;
        draft.username = entity.username;
        draft.tags = new ArrayList<>(entity.tags);
        draft.password = secrets.get(SecretPayload.PASSWORD);
        draft.authToken = secrets.get(SecretPayload.AUTH_TOKEN);
        draft.refreshToken = secrets.get(SecretPayload.REFRESH_TOKEN);
        draft.authDetails = secrets.get(SecretPayload.AUTH_DETAILS);
        if (entity.apiEndpoint != null) {
            String password = secrets.get(SecretPayload.API_ENDPOINT_PASSWORD);
            draft.apiEndpoint = new ApiEndpoint(entity.apiEndpoint, password).full();
        }
        draft.userInput = new LinkedHashMap<>(entity.userInput);
        secrets.forEach((name, value) -> {
            if (name.startsWith(SecretPayload.USER_INPUT_PREFIX)) {
                String key = name.substring(SecretPayload.USER_INPUT_PREFIX.length());
                draft.userInput.put(key, value);
                draft.sealedUserInputKeys.add(key);
            }
        });
        return draft;
    }

    private static boolean isSecretUserInput(AuthSchema schema, String key) {
        return schema.field(key)
                .map(CredentialField::secret)
                .orElse(true);
    }

    /**
     * Encrypts the secrets, or returns null when there are none.
     */
    private Uni<EncryptedSecret> encryptSecrets(Map<String, String> secrets, ConnectorAuth entity) {
        if (secrets.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        byte[] plaintext;
        try {
            plaintext = mapper.writeValueAsBytes(secrets);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialize the secret payload", e);
        }
        return cipher.encrypt(plaintext, entity.tenantId, entity.id);
    }

    private Uni<Map<String, String>> readSecrets(ConnectorAuth entity) {
        if (entity.secrets == null) {
            return Uni.createFrom().item(Map.of());
        }
        EncryptedSecret stored = new EncryptedSecret(entity.keyVersion, entity.dekVersion, entity.secrets);
        return cipher.decrypt(stored, entity.tenantId, entity.id)
                .map(this::parse);
    }

    private Map<String, String> parse(byte[] plaintext) {
        try {
            return mapper.readValue(plaintext, STRING_MAP);
        } catch (IOException e) {
            throw new DecryptionFailedException("The decrypted secret payload is not readable");
        }
    }
}
