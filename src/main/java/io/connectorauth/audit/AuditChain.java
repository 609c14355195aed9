package io.connectorauth.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of an audit event: SHA-256 over the previous event's hash and a canonical encoding of every column of
 * the event in a fixed order, each string as its UTF-8 length and bytes (length -1 for null).
 */
final class AuditChain {

    /** The previous hash of a tenant's first event. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String prevHash, AuditEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, prevHash);
        write(out, event.id.toString());
        write(out, event.tenantId);
        write(out, Long.toString(event.seq));
        write(out, Long.toString(ChronoUnit.MICROS.between(java.time.Instant.EPOCH, event.occurredAt)));
        write(out, event.actorId);
        write(out, event.tokenId);
        write(out, event.action);
        write(out, event.targetId);
        write(out, event.requestId);
        write(out, event.sourceAddress);
        write(out, event.outcome);
        List<String> fields = event.fields == null ? List.of() : event.fields;
        write(out, Integer.toString(fields.size()));
        fields.forEach(field -> write(out, field));
        write(out, event.detail);
        return HexFormat.of().formatHex(sha256(out.toByteArray()));
    }

    private static void write(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
