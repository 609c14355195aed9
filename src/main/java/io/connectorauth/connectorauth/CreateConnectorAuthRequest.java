package io.connectorauth.connectorauth;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /v1/connector-auths}, the shape of the public Locoia API. Empty strings count as unset.
 */
public record CreateConnectorAuthRequest(
        @NotNull UUID connectorId,
        @NotBlank @Size(max = CredentialLimits.NAME) String name,
        @NotBlank @Size(max = CredentialLimits.AUTH_TYPE) String authType,
        @Size(max = CredentialLimits.TOKEN) String authToken,
        @Size(max = CredentialLimits.TOKEN) String refreshToken,
        @Size(max = CredentialLimits.TOKEN) String authDetails,
        @Size(max = CredentialLimits.API_ENDPOINT) String apiEndpoint,
        @Size(max = CredentialLimits.USER_INPUT_ENTRIES) Map<@Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "keys are 1 to 64 letters, digits, '_', '.' or '-'") String, @Size(max = CredentialLimits.USER_INPUT_VALUE) String> userInput,
        @Size(max = CredentialLimits.USERNAME) String username,
        @Size(max = CredentialLimits.PASSWORD) String password,
        @Size(max = CredentialLimits.TAGS) List<@NotBlank @Size(max = CredentialLimits.TAG) String> tags,
        @Valid PermissionsView permissions) {

    @Override
    public String toString() {
        return "CreateConnectorAuthRequest[connectorId=" + connectorId + ", authType=" + authType + "]";
    }
}
