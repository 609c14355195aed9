package io.connectorauth.crypto;

import io.connectorauth.common.ApiException;
import io.connectorauth.common.ProblemKind;

/**
 * A tenant's data key was destroyed (crypto-shredded), so the secrets it encrypted cannot be recovered.
 */
public class KeysDestroyedException extends ApiException {

    public KeysDestroyedException(String tenantId, int version) {
        super(ProblemKind.GONE, "The data key version " + version + " of tenant " + tenantId
                + " was destroyed; secrets encrypted under it cannot be recovered");
    }
}
