package io.connectorauth.connectorauth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Default permissions of new connector auths.
 */
@ConfigMapping(prefix = "connector-auth.permissions")
public interface PermissionsConfig {

    /**
     * {@code account}: the whole company may read, update and delete a new auth, and only its owner and admins
     * manage it. {@code user}: a new auth is private to its creator (and the account admins).
     */
    @WithDefault("account")
    SharingLevel sharingLevel();

    enum SharingLevel {
        ACCOUNT, USER
    }
}
