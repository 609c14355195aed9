package io.connectorauth.query;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Binary form of the sort values in a cursor. Each value is a type tag followed by its data. A UUID takes 16 bytes, and a
 * string a 4-byte length and its UTF-8 bytes. A timestamp takes the epoch second (8 bytes), the nanosecond of the
 * second (4 bytes) and the offset in seconds (4 bytes), so that it round-trips with its offset.
 */
final class CursorPayload {

    private static final byte TAG_UUID = 1;
    private static final byte TAG_STRING = 2;
    private static final byte TAG_TIMESTAMP = 3;

    private CursorPayload() {
    }

    /**
     * Serializes the sort values of one row.
     *
     * @throws IllegalArgumentException if the values do not match the sort keys, a timestamp has sub-microsecond
     *         digits or a string contains an unpaired surrogate, because none of these would round-trip
     */
    static byte[] write(List<SortKey> sort, List<Object> values) {
        SortKey.requireValues(sort, values);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Object value : values) {
                writeValue(out, value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value instanceof UUID uuid) {
            out.writeByte(TAG_UUID);
            out.writeLong(uuid.getMostSignificantBits());
            out.writeLong(uuid.getLeastSignificantBits());
        } else if (value instanceof String text) {
            byte[] utf8 = encodeUtf8(text);
            out.writeByte(TAG_STRING);
            out.writeInt(utf8.length);
            out.write(utf8);
        } else {
            OffsetDateTime timestamp = (OffsetDateTime) value;
            if (timestamp.getNano() % 1_000 != 0) {
                throw new IllegalArgumentException("cursor timestamps must have microsecond precision");
            }
            out.writeByte(TAG_TIMESTAMP);
            out.writeLong(timestamp.toEpochSecond());
            out.writeInt(timestamp.getNano());
            out.writeInt(timestamp.getOffset().getTotalSeconds());
        }
    }

    /**
     * Reads the values written by {@link #write} for the same sort keys, reading from the buffer's position to its
     * limit.
     *
     * @throws QueryException "invalid cursor" if the bytes do not hold exactly one value of the right type per key
     */
    static List<Object> read(List<SortKey> sort, ByteBuffer buffer) {
        try {
            List<Object> values = new ArrayList<>(sort.size());
            for (SortKey key : sort) {
                values.add(readValue(buffer, SortKey.javaType(key.field().type())));
            }
            if (buffer.hasRemaining()) {
                throw QueryException.invalidCursor();
            }
            return values;
        } catch (BufferUnderflowException | CharacterCodingException | DateTimeException e) {
            throw QueryException.invalidCursor();
        }
    }

    private static Object readValue(ByteBuffer buffer, Class<?> type) throws CharacterCodingException {
        byte tag = buffer.get();
        if (tag == TAG_UUID && type == UUID.class) {
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        if (tag == TAG_STRING && type == String.class) {
            int length = buffer.getInt();
            if (length < 0 || length > buffer.remaining()) {
                throw QueryException.invalidCursor();
            }
            ByteBuffer utf8 = buffer.slice().limit(length);
            buffer.position(buffer.position() + length);
            return StandardCharsets.UTF_8.newDecoder().decode(utf8).toString();
        }
        if (tag == TAG_TIMESTAMP && type == OffsetDateTime.class) {
            return readTimestamp(buffer);
        }
        throw QueryException.invalidCursor();
    }

    private static OffsetDateTime readTimestamp(ByteBuffer buffer) {
        long epochSecond = buffer.getLong();
        int nano = buffer.getInt();
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(buffer.getInt());
        if (nano < 0 || nano > 999_999_999 || nano % 1_000 != 0) {
            throw QueryException.invalidCursor();
        }
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond, nano), offset);
    }

    private static byte[] encodeUtf8(String text) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("cursor strings must be valid UTF-16", e);
        }
    }
}
