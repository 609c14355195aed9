package io.connectorauth.connectorauth;

import jakarta.validation.Valid;

/**
 * The four permissions of a connector auth. In a request, an absent permission keeps its current value (on
 * create: the default of the service's sharing level).
 */
public record PermissionsView(@Valid GrantView read, @Valid GrantView update, @Valid GrantView delete,
        @Valid GrantView manage) {

    static PermissionsView of(ConnectorAuth auth) {
        return new PermissionsView(GrantView.of(auth.read), GrantView.of(auth.update), GrantView.of(auth.delete),
                GrantView.of(auth.manage));
    }

    GrantView get(Permission permission) {
        return switch (permission) {
            case READ -> read;
            case UPDATE -> update;
            case DELETE -> delete;
            case MANAGE -> manage;
        };
    }
}
