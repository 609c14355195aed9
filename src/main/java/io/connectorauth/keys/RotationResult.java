package io.connectorauth.keys;

/**
 * The outcome of a rewrap or re-encryption run.
 *
 * @param processed rows rewrapped or re-encrypted by this run
 * @param remaining rows still on an old key version after this run, including rows locked by another replica
 */
public record RotationResult(long processed, long remaining) {
}
