package io.connectorauth.connectorauth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import io.connectorauth.common.ApiException;
import io.connectorauth.common.FieldViolation;
import io.connectorauth.common.ProblemKind;
import io.connectorauth.security.Caller;

/**
 * Permission checks on connector auths. Account admins and the owner have all four permissions, and everyone
 * else has exactly what is granted. An auth the caller cannot read is reported as not found, so its existence never leaks.
 */
final class AccessPolicy {

    private AccessPolicy() {
    }

    static boolean holds(Caller caller, ConnectorAuth auth, Permission permission) {
        return caller.admin()
                || caller.userId().equals(auth.ownerId)
                || permission.of(auth).includes(caller.userId(), caller.teams());
    }

    /**
     * Checks a permission on an auth the caller found by id.
     *
     * @throws ApiException 404 when the caller cannot read the auth, 403 when it can read but lacks the permission
     */
    static void require(Caller caller, ConnectorAuth auth, Permission permission) {
        if (!holds(caller, auth, Permission.READ)) {
            throw ApiException.notFound("Connector auth");
        }
        if (!holds(caller, auth, permission)) {
            throw new ApiException(ProblemKind.FORBIDDEN, "You may read this connector auth but not "
                    + permission.value() + " it");
        }
    }

    /**
     * Returns the SQL condition selecting the auths the caller may read, over {@code $1} (tenant), {@code $2} (user)
     * and {@code $3} (teams), as the parameters of {@link #readableParams}.
     */
    static String readableCondition(Caller caller) {
        if (caller.admin()) {
            return "tenant_id = $1";
        }
        return "tenant_id = $1 AND (owner_id = $2 OR read_company OR read_users @> ARRAY[$2]::text[] "
                + "OR read_teams && $3::text[])";
    }

    static List<Object> readableParams(Caller caller) {
        if (caller.admin()) {
            return List.of(caller.tenantId());
        }
        return List.of(caller.tenantId(), caller.userId(), caller.teams().toArray(String[]::new));
    }

    /**
     * Applies the permissions of a request onto the auth, leaving absent ones as they are.
     */
    static void apply(PermissionsView requested, ConnectorAuth auth) {
        List<FieldViolation> violations = new ArrayList<>();
        for (Permission permission : Permission.values()) {
            GrantView view = requested.get(permission);
            if (view != null) {
                Grant target = permission.of(auth);
                copy(view, target, "permissions." + permission.value(), violations);
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }

    private static void copy(GrantView view, Grant target, String field, List<FieldViolation> violations) {
        List<String> users = view.users() == null ? List.of() : distinct(view.users());
        List<String> teams = view.teams() == null ? List.of() : distinct(view.teams());
        boolean listed = "listed".equals(view.grant());
        if (!listed && (!users.isEmpty() || !teams.isEmpty())) {
            violations.add(new FieldViolation(field, "users and teams are allowed only with grant listed"));
            return;
        }
        if (listed && users.isEmpty() && teams.isEmpty()) {
            violations.add(new FieldViolation(field, "grant listed needs at least one user or team"));
            return;
        }
        target.company = "company".equals(view.grant());
        target.users = new ArrayList<>(users);
        target.teams = new ArrayList<>(teams);
    }

    private static List<String> distinct(List<String> values) {
        return new ArrayList<>(new LinkedHashSet<>(values));
    }
}
