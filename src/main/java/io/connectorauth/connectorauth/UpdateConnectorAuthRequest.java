package io.connectorauth.connectorauth;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Body of {@code PUT /v1/connector-auths/{id}}. Fields absent from the JSON keep their stored value, an explicit
 * {@code null} clears an optional field, so the setters record which properties the client sent. The read-only
 * fields of a GET body are ignored, so a client can send back what it read; permissions change only through
 * {@code PUT /v1/connector-auths/{id}/permissions}.
 */
@JsonIgnoreProperties(value = {"id", "created_at", "updated_at", "created_by", "updated_by", "version", "owner_id",
        "permissions"}, allowSetters = false)
public class UpdateConnectorAuthRequest {

    private final Set<String> present = new HashSet<>();

    private UUID connectorId;
    @Size(max = CredentialLimits.NAME)
    private String name;
    @Size(max = CredentialLimits.AUTH_TYPE)
    private String authType;
    @Size(max = CredentialLimits.TOKEN)
    private String authToken;
    @Size(max = CredentialLimits.TOKEN)
    private String refreshToken;
    @Size(max = CredentialLimits.TOKEN)
    private String authDetails;
    @Size(max = CredentialLimits.API_ENDPOINT)
    private String apiEndpoint;
    @Size(max = CredentialLimits.USER_INPUT_ENTRIES)
    private Map<@Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "keys are 1 to 64 letters, digits, '_', '.' or '-'") String, @Size(max = CredentialLimits.USER_INPUT_VALUE) String> userInput;
    @Size(max = CredentialLimits.USERNAME)
    private String username;
    @Size(max = CredentialLimits.PASSWORD)
    private String password;
    @Size(max = CredentialLimits.TAGS)
    private List<@NotBlank @Size(max = CredentialLimits.TAG) String> tags;

    boolean has(String property) {
        return present.contains(property);
    }

    public UUID getConnectorId() {
        return connectorId;
    }

    public void setConnectorId(UUID connectorId) {
        present.add("connector_id");
        this.connectorId = connectorId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        present.add("name");
        this.name = name;
    }

    public String getAuthType() {
        return authType;
    }

    public void setAuthType(String authType) {
        present.add("auth_type");
        this.authType = authType;
    }

    public String getAuthToken() {
        return authToken;
    }

    public void setAuthToken(String authToken) {
        present.add("auth_token");
        this.authToken = authToken;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(String refreshToken) {
        present.add("refresh_token");
        this.refreshToken = refreshToken;
    }

    public String getAuthDetails() {
        return authDetails;
    }

    public void setAuthDetails(String authDetails) {
        present.add("auth_details");
        this.authDetails = authDetails;
    }

    public String getApiEndpoint() {
        return apiEndpoint;
    }

    public void setApiEndpoint(String apiEndpoint) {
        present.add("api_endpoint");
        this.apiEndpoint = apiEndpoint;
    }

    public Map<String, String> getUserInput() {
        return userInput;
    }

    public void setUserInput(Map<String, String> userInput) {
        present.add("user_input");
        this.userInput = userInput;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        present.add("username");
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        present.add("password");
        this.password = password;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        present.add("tags");
        this.tags = tags;
    }

    @Override
    public String toString() {
        return "UpdateConnectorAuthRequest[fields=" + present + "]";
    }
}
