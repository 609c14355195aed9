package io.connectorauth.query;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encodes and decodes keyset cursors. A cursor is base64url without padding over a version byte, the sort values of
 * the last row of a page and an HMAC-SHA256 tag. The tag also covers the sort signature (such as
 * {@code name,-created_at,id}), which is not stored in the cursor, so a cursor only decodes with the sort order it was
 * made for, and any change to its bytes is detected. The values are signed but not encrypted, so a client can read
 * them: a field that clients may not see must never be sortable.
 *
 * <p>
 * Instances are thread-safe.
 */
public final class CursorCodec {

    private static final byte VERSION = 1;
    private static final String ALGORITHM = "HmacSHA256";
    private static final int TAG_LENGTH = 32;
    private static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;

    /**
     * Creates a codec with an HMAC key of at least 32 bytes, the output size of SHA-256. The array is copied.
     *
     * @throws IllegalArgumentException if the key is null or shorter than 32 bytes
     */
    public CursorCodec(byte[] key) {
        if (key == null || key.length < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("cursor key must have at least " + MIN_KEY_LENGTH + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /**
     * Encodes the sort values of the last row of a page, in sort key order, for the client to send back as
     * {@code cursor}.
     *
     * @throws IllegalArgumentException if the values do not match the keys' types or the cursor would be longer than
     *         {@link QueryLimits#MAX_CURSOR_LENGTH}
     */
    public String encode(List<SortKey> sort, List<Object> lastRowValues) {
        byte[] payload = CursorPayload.write(sort, lastRowValues);
        byte[] body = new byte[1 + payload.length];
        body[0] = VERSION;
        System.arraycopy(payload, 0, body, 1, payload.length);
        byte[] cursor = Arrays.copyOf(body, body.length + TAG_LENGTH);
        System.arraycopy(tag(sort, body), 0, cursor, body.length, TAG_LENGTH);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(cursor);
        if (encoded.length() > QueryLimits.MAX_CURSOR_LENGTH) {
            throw new IllegalArgumentException("cursor would have " + encoded.length() + " characters");
        }
        return encoded;
    }

    /**
     * Decodes a cursor made by {@link #encode} for the same sort order and key.
     *
     * @return the sort values of the last row of the previous page, typed as the keys' fields
     * @throws QueryException "invalid cursor" on parameter {@code cursor} for anything else: malformed base64, a
     *         wrong version, a changed byte, another sort order or another key
     */
    public List<Object> decode(String cursor, List<SortKey> sort) {
        byte[] bytes = decodeBase64(cursor);
        if (bytes.length < 1 + TAG_LENGTH || bytes[0] != VERSION) {
            throw QueryException.invalidCursor();
        }
        int bodyLength = bytes.length - TAG_LENGTH;
        byte[] body = Arrays.copyOf(bytes, bodyLength);
        byte[] tag = Arrays.copyOfRange(bytes, bodyLength, bytes.length);
        if (!MessageDigest.isEqual(tag(sort, body), tag)) {
            throw QueryException.invalidCursor();
        }
        return CursorPayload.read(sort, ByteBuffer.wrap(body, 1, bodyLength - 1));
    }

    /**
     * Decodes base64url and rejects non-canonical forms (padding, unused low bits set), so that every accepted cursor
     * string is exactly one that {@link #encode} produced.
     */
    private static byte[] decodeBase64(String cursor) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > QueryLimits.MAX_CURSOR_LENGTH) {
            throw QueryException.invalidCursor();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(cursor)) {
                throw QueryException.invalidCursor();
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw QueryException.invalidCursor();
        }
    }

    private byte[] tag(List<SortKey> sort, byte[] body) {
        byte[] signature = SortKey.signature(sort).getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(ByteBuffer.allocate(4).putInt(signature.length).array());
            mac.update(signature);
            mac.update(body);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
