package io.connectorauth.connectorauth;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The users and teams, besides the owner and account admins, that have one permission on a connector auth.
 */
@Embeddable
public class Grant {

    public boolean company;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> users = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> teams = new ArrayList<>();

    static Grant of(boolean company, List<String> users, List<String> teams) {
        Grant grant = new Grant();
        grant.company = company;
        grant.users = new ArrayList<>(users);
        grant.teams = new ArrayList<>(teams);
        return grant;
    }

    static Grant company() {
        return of(true, List.of(), List.of());
    }

    static Grant ownerOnly() {
        return of(false, List.of(), List.of());
    }

    boolean includes(String userId, List<String> callerTeams) {
        return company || users.contains(userId) || callerTeams.stream().anyMatch(teams::contains);
    }
}
