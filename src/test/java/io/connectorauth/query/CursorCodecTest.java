package io.connectorauth.query;

import static io.connectorauth.query.QueryAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorCodecTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static final CursorCodec CODEC = new CursorCodec(KEY);
    private static final List<SortKey> SORT = List.of(SortKey.ascending(TestFields.NAME),
            SortKey.descending(TestFields.CREATED_AT), SortKey.ascending(TestFields.ID));
    private static final List<Object> VALUES = List.of("SFTP \"prod\", \uD83D\uDD11",
            OffsetDateTime.of(2026, 1, 31, 10, 0, 0, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30)),
            UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));

    private static QueryException assertInvalid(String cursor, List<SortKey> sort) {
        QueryException error = assertRejected(() -> CODEC.decode(cursor, sort), "cursor", -1, -1);
        assertEquals("invalid cursor", error.getMessage());
        return error;
    }

    @Test
    void decodeReturnsEncodedValues() {
        assertEquals(VALUES, CODEC.decode(CODEC.encode(SORT, VALUES), SORT));
    }

    @Test
    void decodeKeepsTimestampOffset() {
        OffsetDateTime decoded = (OffsetDateTime) CODEC.decode(CODEC.encode(SORT, VALUES), SORT).get(1);
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), decoded.getOffset());
    }

    @Test
    void decodeKeepsEmptyString() {
        List<Object> values = List.of("", VALUES.get(1), VALUES.get(2));
        assertEquals(values, CODEC.decode(CODEC.encode(SORT, values), SORT));
    }

    @Test
    void decodeKeepsEnumValue() {
        List<SortKey> sort = List.of(SortKey.ascending(TestFields.AUTH_TYPE), SortKey.ascending(TestFields.ID));
        List<Object> values = List.of("oauth2", VALUES.get(2));
        assertEquals(values, CODEC.decode(CODEC.encode(sort, values), sort));
    }

    @Test
    void encodeProducesUrlSafeText() {
        String cursor = CODEC.encode(SORT, VALUES);
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    }

    @Test
    void encodeIsDeterministic() {
        assertEquals(CODEC.encode(SORT, VALUES), CODEC.encode(SORT, VALUES));
    }

    @Test
    void decodeRejectsEveryFlippedByte() {
        byte[] bytes = Base64.getUrlDecoder().decode(CODEC.encode(SORT, VALUES));
        for (int i = 0; i < bytes.length; i++) {
            byte[] tampered = bytes.clone();
            tampered[i] ^= 0x01;
            assertInvalid(Base64.getUrlEncoder().withoutPadding().encodeToString(tampered), SORT);
        }
    }

    @Test
    void decodeRejectsOtherSortOrder() {
        List<SortKey> other = List.of(SortKey.descending(TestFields.NAME), SortKey.descending(TestFields.CREATED_AT),
                SortKey.ascending(TestFields.ID));
        assertInvalid(CODEC.encode(SORT, VALUES), other);
    }

    @Test
    void decodeRejectsOtherSortFieldOfSameType() {
        List<SortKey> sort = List.of(SortKey.ascending(TestFields.NAME), SortKey.ascending(TestFields.ID));
        List<SortKey> other = List.of(SortKey.ascending(TestFields.AUTH_TYPE), SortKey.ascending(TestFields.ID));
        assertInvalid(CODEC.encode(sort, List.of("oauth2", VALUES.get(2))), other);
    }

    @Test
    void decodeRejectsOtherKey() {
        byte[] otherKey = Arrays.copyOf(KEY, KEY.length);
        otherKey[0] ^= 0x01;
        assertInvalid(new CursorCodec(otherKey).encode(SORT, VALUES), SORT);
    }

    @Test
    void decodeRejectsTruncatedCursor() {
        String cursor = CODEC.encode(SORT, VALUES);
        for (int length = 0; length < cursor.length(); length += 3) {
            assertInvalid(cursor.substring(0, length), SORT);
        }
    }

    @Test
    void decodeRejectsAppendedText() {
        assertInvalid(CODEC.encode(SORT, VALUES) + "AAAA", SORT);
    }

    @Test
    void decodeRejectsPadding() {
        String cursor = CODEC.encode(SORT, VALUES);
        String padded = cursor + "=".repeat((4 - cursor.length() % 4) % 4);
        if (!padded.equals(cursor)) {
            assertInvalid(padded, SORT);
        }
    }

    @Test
    void decodeRejectsNonCanonicalLastCharacter() {
        List<SortKey> sort = List.of(SortKey.ascending(TestFields.ID));
        String cursor = CODEC.encode(sort, List.of(VALUES.get(2)));
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(cursor.charAt(cursor.length() - 1));
        String altered = cursor.substring(0, cursor.length() - 1) + alphabet.charAt(last ^ 0x01);
        byte[] decoded = Base64.getUrlDecoder().decode(altered);
        assertArrayEquals(Base64.getUrlDecoder().decode(cursor), decoded, "only unused bits differ");
        assertInvalid(altered, sort);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "****", "a+b/", "%00", "\u0000", "\uD800", "A"})
    void decodeRejectsNonBase64(String cursor) {
        assertInvalid(cursor, SORT);
    }

    @Test
    void decodeRejectsNull() {
        assertInvalid(null, SORT);
    }

    @Test
    void decodeRejectsEmptyString() {
        assertInvalid("", SORT);
    }

    @Test
    void decodeRejectsOverlongCursor() {
        assertInvalid("A".repeat(QueryLimits.MAX_CURSOR_LENGTH + 1), SORT);
    }

    @Test
    void decodeRejectsCursorOfFewerKeys() {
        List<SortKey> sort = List.of(SortKey.ascending(TestFields.ID));
        assertInvalid(CODEC.encode(sort, List.of(VALUES.get(2))), SORT);
    }

    @Test
    void encodeRejectsSubMicrosecondTimestamp() {
        List<Object> values = List.of("a", OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 1, ZoneOffset.UTC), VALUES.get(2));
        assertThrows(IllegalArgumentException.class, () -> CODEC.encode(SORT, values));
    }

    @Test
    void encodeRejectsWrongValueType() {
        List<Object> values = List.of("a", "2026-01-01", VALUES.get(2));
        assertThrows(IllegalArgumentException.class, () -> CODEC.encode(SORT, values));
    }

    @Test
    void encodeRejectsWrongValueCount() {
        assertThrows(IllegalArgumentException.class, () -> CODEC.encode(SORT, List.of("a")));
    }

    @Test
    void encodeRejectsUnpairedSurrogate() {
        List<Object> values = List.of("\uD800", VALUES.get(1), VALUES.get(2));
        assertThrows(IllegalArgumentException.class, () -> CODEC.encode(SORT, values));
    }

    @Test
    void encodeRejectsCursorAboveMaximumLength() {
        List<Object> values = List.of("x".repeat(QueryLimits.MAX_CURSOR_LENGTH), VALUES.get(1), VALUES.get(2));
        assertThrows(IllegalArgumentException.class, () -> CODEC.encode(SORT, values));
    }

    @Test
    void constructorRejectsShortKey() {
        assertThrows(IllegalArgumentException.class, () -> new CursorCodec(new byte[31]));
    }

    @Test
    void constructorRejectsNullKey() {
        assertThrows(IllegalArgumentException.class, () -> new CursorCodec(null));
    }

    @Test
    void constructorCopiesKey() {
        byte[] key = KEY.clone();
        CursorCodec codec = new CursorCodec(key);
        String cursor = codec.encode(SORT, VALUES);
        key[0] ^= 0x01;
        assertEquals(VALUES, codec.decode(cursor, SORT));
    }
}
