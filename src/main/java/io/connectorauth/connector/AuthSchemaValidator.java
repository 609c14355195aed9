package io.connectorauth.connector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.connectorauth.common.FieldViolation;

/**
 * Checks the auth schemas of a tenant's connector: known auth types, well-formed field names and patterns, and the
 * built-in secret fields marked secret so that they are always encrypted.
 */
final class AuthSchemaValidator {

    static final Set<String> AUTH_TYPES = Set.of("username_password", "basic_auth", "api_key", "oauth2");
    static final Set<String> ALWAYS_SECRET = Set.of("password", "auth_token", "refresh_token", "auth_details");

    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final int MAX_FIELDS = 50;
    private static final int MAX_PATTERN = 500;

    private AuthSchemaValidator() {
    }

    static List<FieldViolation> validate(Map<String, AuthSchema> schemas) {
        List<FieldViolation> violations = new ArrayList<>();
        schemas.forEach((authType, schema) -> {
            String path = "auth_schemas." + authType;
            if (!AUTH_TYPES.contains(authType)) {
                violations.add(new FieldViolation(path, "unknown auth type; allowed: " + String.join(", ",
                        AUTH_TYPES.stream().sorted().toList())));
            } else if (schema.fields() == null || schema.fields().size() > MAX_FIELDS) {
                violations.add(new FieldViolation(path + ".fields", "must list 0 to " + MAX_FIELDS + " fields"));
            } else {
                checkFields(path, schema.fields(), violations);
            }
        });
        return violations;
    }

    private static void checkFields(String path, List<CredentialField> fields, List<FieldViolation> violations) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            CredentialField field = fields.get(i);
            String at = path + ".fields[" + i + "]";
            if (field == null || field.name() == null || !FIELD_NAME.matcher(field.name()).matches()) {
                violations.add(new FieldViolation(at + ".name", "must be 1 to 64 lower-case letters, digits or '_'"));
                continue;
            }
            if (!names.add(field.name())) {
                violations.add(new FieldViolation(at + ".name", "repeats field " + field.name()));
            }
            if (ALWAYS_SECRET.contains(field.name()) && !field.secret()) {
                violations.add(new FieldViolation(at + ".secret", field.name() + " is always secret"));
            }
            if (field.pattern() != null && !compiles(field.pattern())) {
                violations.add(new FieldViolation(at + ".pattern", "is not a valid regular expression of at most "
                        + MAX_PATTERN + " characters"));
            }
        }
    }

    private static boolean compiles(String regex) {
        if (regex.length() > MAX_PATTERN) {
            return false;
        }
        try {
            Pattern.compile(regex);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
