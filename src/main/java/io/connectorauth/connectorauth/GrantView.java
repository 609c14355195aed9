package io.connectorauth.connectorauth;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One permission as the API shows and accepts it: {@code company} (everyone in the tenant), {@code listed} (the
 * named users and teams) or {@code private} (the owner only). Owners and account admins always hold it.
 */
public record GrantView(
        @NotNull @Pattern(regexp = "company|listed|private", message = "must be company, listed or private") String grant,
        @Size(max = GrantView.MAX_ENTRIES) List<@NotNull @Size(min = 1, max = 128) String> users,
        @Size(max = GrantView.MAX_ENTRIES) List<@NotNull @Size(min = 1, max = 128) String> teams) {

    static final int MAX_ENTRIES = 100;

    static GrantView of(Grant grant) {
        if (grant.company) {
            return new GrantView("company", List.of(), List.of());
        }
        if (grant.users.isEmpty() && grant.teams.isEmpty()) {
            return new GrantView("private", List.of(), List.of());
        }
        return new GrantView("listed", List.copyOf(grant.users), List.copyOf(grant.teams));
    }
}
