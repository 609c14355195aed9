package io.connectorauth.common;

/**
 * One field at fault in a rejected request, named by its JSON property path.
 */
public record FieldViolation(String field, String message) {
}
