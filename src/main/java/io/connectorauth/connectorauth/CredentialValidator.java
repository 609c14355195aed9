package io.connectorauth.connectorauth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.enterprise.context.ApplicationScoped;

import io.connectorauth.common.FieldViolation;
import io.connectorauth.connector.AuthSchema;
import io.connectorauth.connector.Connector;
import io.connectorauth.connector.CredentialField;

/**
 * Checks a credential against the schema of its connector's auth type: required fields, value patterns, known
 * user_input keys and a well-formed endpoint URL. Messages never contain a submitted value.
 */
@ApplicationScoped
class CredentialValidator {

    static final Set<String> TOP_LEVEL_FIELDS = Set.of("api_endpoint", "username", "password", "auth_token",
            "refresh_token", "auth_details");

    /** Time one value may take to match its pattern before it counts as not matching. */
    static final long PATTERN_BUDGET_NANOS = 20_000_000L;

    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    /**
     * Returns every violation of the draft, empty when it is valid for the connector.
     */
    List<FieldViolation> validate(CredentialDraft draft, Connector connector) {
        List<FieldViolation> violations = new ArrayList<>();
        if (draft.name == null) {
            violations.add(new FieldViolation("name", "must not be blank"));
        }
        if (draft.authType == null) {
            violations.add(new FieldViolation("auth_type", "must not be blank"));
            return violations;
        }
        AuthSchema schema = connector.authSchemas.get(draft.authType);
        if (schema == null || !connector.authTypes.contains(draft.authType)) {
            violations.add(new FieldViolation("auth_type", "'" + draft.authType + "' is not supported by connector "
                    + connector.name + "; allowed: " + String.join(", ", connector.authTypes)));
            return violations;
        }
        checkEndpoint(draft, violations);
        checkFields(draft, schema, violations);
        checkUserInputKeys(draft, schema, violations);
        return violations;
    }

    private static void checkEndpoint(CredentialDraft draft, List<FieldViolation> violations) {
        if (draft.apiEndpoint != null && ApiEndpoint.parse(draft.apiEndpoint) == null) {
            violations.add(new FieldViolation("api_endpoint",
                    "must be an absolute URL with a host, such as sftp://user:password@host/path"));
        }
    }

    private void checkFields(CredentialDraft draft, AuthSchema schema, List<FieldViolation> violations) {
        for (CredentialField field : schema.fields()) {
            String path = pathOf(field.name());
            String value = valueOf(draft, field.name());
            if (value == null) {
                if (field.required()) {
                    violations.add(new FieldViolation(path, "is required for auth type " + draft.authType));
                }
                continue;
            }
            if (field.pattern() != null && !matches(field.pattern(), value)) {
                String hint = field.description() == null ? "" : "; expected " + field.description();
                violations.add(new FieldViolation(path, "does not match the expected format" + hint));
            }
        }
    }

    private static void checkUserInputKeys(CredentialDraft draft, AuthSchema schema,
            List<FieldViolation> violations) {
        Set<String> allowed = new TreeSet<>();
        for (CredentialField field : schema.fields()) {
            if (!TOP_LEVEL_FIELDS.contains(field.name())) {
                allowed.add(field.name());
            }
        }
        for (String key : draft.userInput.keySet()) {
            if (!allowed.contains(key)) {
                String hint = allowed.isEmpty()
                        ? "this auth type takes no user_input fields"
                        : "allowed: " + String.join(", ", allowed);
                violations.add(new FieldViolation("user_input." + key, "is not a field of auth type "
                        + draft.authType + "; " + hint));
            }
        }
    }

    private static String pathOf(String fieldName) {
        return TOP_LEVEL_FIELDS.contains(fieldName) ? fieldName : "user_input." + fieldName;
    }

    private static String valueOf(CredentialDraft draft, String fieldName) {
        return switch (fieldName) {
            case "api_endpoint" -> draft.apiEndpoint;
            case "username" -> draft.username;
            case "password" -> draft.password;
            case "auth_token" -> draft.authToken;
            case "refresh_token" -> draft.refreshToken;
            case "auth_details" -> draft.authDetails;
            default -> draft.userInput.get(fieldName);
        };
    }

    private boolean matches(String regex, String value) {
        try {
            return compile(regex).matcher(DeadlineCharSequence.withBudget(value, PATTERN_BUDGET_NANOS)).matches();
        } catch (DeadlineCharSequence.DeadlineExceeded e) {
            return false;
        }
    }

    private Pattern compile(String regex) {
        return patterns.computeIfAbsent(regex, CredentialValidator::compileOrMatchNothing);
    }

    private static Pattern compileOrMatchNothing(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            // NOTE: a broken pattern in the catalog rejects every value rather than accepting any.
            return Pattern.compile("(?!)");
        }
    }
}
