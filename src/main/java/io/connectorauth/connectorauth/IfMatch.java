package io.connectorauth.connectorauth;

import java.util.ArrayList;
import java.util.List;

import io.connectorauth.common.ApiException;
import io.connectorauth.common.ProblemKind;

/**
 * The {@code If-Match} precondition of a write, checked against the auth's {@code version}. An absent header allows
 * any version, {@code *} matches any existing auth, and otherwise one of the listed entity tags must equal the
 * current one. Weak tags never match, because RFC 9110 requires the strong comparison for {@code If-Match}.
 */
public record IfMatch(boolean any, List<String> tags) {

    public static final IfMatch NONE = new IfMatch(true, List.of());

    /**
     * Parses the header value, which may be null.
     */
    public static IfMatch parse(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return NONE;
        }
        List<String> tags = new ArrayList<>();
        for (String part : header.split(",")) {
            String tag = part.trim();
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return new IfMatch(false, List.copyOf(tags));
    }

    /**
     * Returns the strong entity tag of an auth at this version.
     */
    public static String entityTag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Throws a 412 problem when the precondition does not hold for the current version.
     */
    void require(long version) {
        if (any || tags.contains(entityTag(version))) {
            return;
        }
        throw new ApiException(ProblemKind.PRECONDITION_FAILED,
                "If-Match does not match the current ETag " + entityTag(version) + "; read the auth again");
    }
}
