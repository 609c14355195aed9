package io.connectorauth.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start in production without a token issuer and a verification key, because SmallRye JWT would
 * otherwise accept tokens from any issuer or reject every request only at run time.
 */
@ApplicationScoped
class ProductionConfigCheck {

    void check(@Observes StartupEvent event, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (config.getOptionalValue("mp.jwt.verify.issuer", String.class).isEmpty()) {
            missing.add("MP_JWT_VERIFY_ISSUER");
        }
        boolean hasKey = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isPresent()
                || config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent();
        if (!hasKey) {
            missing.add("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Missing JWT configuration: set " + String.join(" and ", missing));
        }
    }
}
