package io.connectorauth.connector;

import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The credential fields one auth type of a connector accepts.
 */
@RegisterForReflection
public record AuthSchema(List<CredentialField> fields) {

    public Optional<CredentialField> field(String name) {
        return fields.stream()
                .filter(field -> field.name().equals(name))
                .findFirst();
    }
}
