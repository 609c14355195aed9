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
import io.connectorauth.crypto.SecretCipher;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Moves credentials between their plain form and their stored form: non-secret values in columns, secret values
 * sealed into one AES-GCM ciphertext bound to the row's tenant and id.
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
     * Writes the draft into the entity, sealing its secrets. The entity's id and tenant must already be set.
     */
    void seal(CredentialDraft draft, AuthSchema schema, ConnectorAuth entity) {
        Map<String, String> secrets = SecretPayload.sorted();
        SecretPayload.putIfSet(secrets, SecretPayload.PASSWORD, draft.password);
        SecretPayload.putIfSet(secrets, SecretPayload.AUTH_TOKEN, draft.authToken);
        SecretPayload.putIfSet(secrets, SecretPayload.REFRESH_TOKEN, draft.refreshToken);
        SecretPayload.putIfSet(secrets, SecretPayload.AUTH_DETAILS, draft.authDetails);

        entity.apiEndpoint = null;
        if (draft.apiEndpoint != null) {
            ApiEndpoint endpoint = ApiEndpoint.parse(draft.apiEndpoint);
            entity.apiEndpoint = endpoint.withoutPassword();
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

        entity.connectorId = draft.connectorId;
        entity.name = draft.name;
        entity.authType = draft.authType;
        entity.username = draft.username;
        entity.userInput = plainInput;
        entity.tags = new ArrayList<>(draft.tags);
        entity.secretFields = new ArrayList<>(secrets.keySet());
        writeSecrets(secrets, entity);
    }

    /**
     * Reads the entity back into plain form, decrypting its secrets.
     *
     * @throws DecryptionFailedException when the stored ciphertext does not belong to this row
     */
    CredentialDraft open(ConnectorAuth entity) {
        Map<String, String> secrets = readSecrets(entity);
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

    private void writeSecrets(Map<String, String> secrets, ConnectorAuth entity) {
        if (secrets.isEmpty()) {
            entity.secrets = null;
            entity.keyVersion = null;
            return;
        }
        try {
            byte[] plaintext = mapper.writeValueAsBytes(secrets);
            EncryptedSecret sealed = cipher.encrypt(plaintext, entity.tenantId, entity.id);
            entity.secrets = sealed.ciphertext();
            entity.keyVersion = sealed.keyVersion();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialize the secret payload", e);
        }
    }

    private Map<String, String> readSecrets(ConnectorAuth entity) {
        if (entity.secrets == null) {
            return Map.of();
        }
        byte[] plaintext = cipher.decrypt(new EncryptedSecret(entity.keyVersion, entity.secrets), entity.tenantId,
                entity.id);
        try {
            return mapper.readValue(plaintext, STRING_MAP);
        } catch (IOException e) {
            throw new DecryptionFailedException("The decrypted secret payload is not readable");
        }
    }
}
