package io.connectorauth.keys;

import java.util.Map;
import java.util.SortedSet;

/**
 * Progress of key rotation across all tenants.
 *
 * @param dataKeysByKekVersion live (not destroyed) tenant data keys per KEK version that wraps them
 * @param dataKeysOnOldKek live data keys not yet wrapped by the primary KEK
 * @param rowsOnOldDataKey credential rows not yet encrypted under their tenant's primary data key
 * @param rowsOnKek credential rows still encrypted directly under a KEK, as written before tenant data keys existed
 */
public record KeyStatus(int primaryKekVersion, SortedSet<Integer> kekVersions,
        Map<Integer, Long> dataKeysByKekVersion, long dataKeysOnOldKek, long rowsOnOldDataKey, long rowsOnKek) {
}
