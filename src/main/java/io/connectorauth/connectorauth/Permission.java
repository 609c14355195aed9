package io.connectorauth.connectorauth;

import java.util.Locale;

/**
 * The four permissions each connector auth grants separately.
 */
public enum Permission {
    READ, UPDATE, DELETE, MANAGE;

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    Grant of(ConnectorAuth auth) {
        return switch (this) {
            case READ -> auth.read;
            case UPDATE -> auth.update;
            case DELETE -> auth.delete;
            case MANAGE -> auth.manage;
        };
    }
}
