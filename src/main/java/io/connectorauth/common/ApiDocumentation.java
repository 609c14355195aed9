package io.connectorauth.common;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * Top-level OpenAPI metadata: the bearer JWT scheme, and the token scopes as a client-credentials flow so that
 * generators and Swagger UI list them. The issuing platform, not this service, hands out the tokens, so the token
 * URL is a placeholder. SmallRye OpenAPI reads these annotations only on a JAX-RS {@link Application}, and since
 * this one overrides nothing, every resource class stays registered.
 */
@OpenAPIDefinition(info = @Info(title = "connector-auth", version = "1.0"), security = @SecurityRequirement(name = ApiDocumentation.BEARER))
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT", description = "A JWT of the calling platform with the tenant, the user and the scopes"),
        @SecurityScheme(securitySchemeName = ApiDocumentation.SCOPES, type = SecuritySchemeType.OAUTH2, description = "The scopes of the bearer JWT, in its scope or scp claim", flows = @OAuthFlows(clientCredentials = @OAuthFlow(tokenUrl = "https://issuer.example.com/token", scopes = {
                @OAuthScope(name = "connector_auth", description = "Create, read, update and delete connector auths"),
                @OAuthScope(name = "connector_auth:manage", description = "Create, read and update connector auths"),
                @OAuthScope(name = "connector_auth:view", description = "Read connector auths"),
                @OAuthScope(name = "connector_auth:reveal", description = "Read the plaintext secrets of connector auths"),
                @OAuthScope(name = "connectors", description = "Read the catalog and manage the tenant's private connectors"),
                @OAuthScope(name = "connectors:view", description = "Read the catalog"),
                @OAuthScope(name = "keys:admin", description = "Operate key rotation")})))
})
public class ApiDocumentation extends Application {

    public static final String BEARER = "bearer";
    public static final String SCOPES = "scopes";
}
