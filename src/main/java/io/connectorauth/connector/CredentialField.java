package io.connectorauth.connector;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One credential field of an auth type. Top-level names ({@code username}, {@code password}, {@code auth_token},
 * {@code refresh_token}, {@code auth_details}, {@code api_endpoint}) refer to the credential's own fields; any
 * other name is a key of its {@code user_input} object.
 *
 * @param pattern a Java regular expression the whole value must match, or null
 */
@RegisterForReflection
public record CredentialField(String name, boolean required, boolean secret, String pattern, String description) {
}
