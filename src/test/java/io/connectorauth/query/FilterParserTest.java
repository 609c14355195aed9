package io.connectorauth.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilterParserTest {

    private static final String UUID_1 = "123e4567-e89b-12d3-a456-426614174000";
    private static final String UUID_2 = "00000000-0000-0000-0000-00000000000a";

    private static Filter parseOne(String raw) {
        List<Filter> filters = FilterParser.parse(List.of(raw), TestFields.FIELDS);
        assertEquals(1, filters.size(), "filter count");
        return filters.get(0);
    }

    @Test
    void parseReturnsEmptyListForNull() {
        assertTrue(FilterParser.parse(null, TestFields.FIELDS).isEmpty());
    }

    @Test
    void parseReturnsEmptyListForEmptyList() {
        assertTrue(FilterParser.parse(List.of(), TestFields.FIELDS).isEmpty());
    }

    @Test
    void parseKeepsRequestOrder() {
        List<Filter> filters = FilterParser.parse(List.of("name,eq,a", "auth_type,eq,oauth2"), TestFields.FIELDS);
        assertSame(TestFields.NAME, filters.get(0).field());
        assertSame(TestFields.AUTH_TYPE, filters.get(1).field());
    }

    @Test
    void parseAcceptsMaximumFilterCount() {
        List<String> raw = new ArrayList<>();
        for (int i = 0; i < QueryLimits.MAX_FILTERS; i++) {
            raw.add("name,ne,n" + i);
        }
        assertEquals(QueryLimits.MAX_FILTERS, FilterParser.parse(raw, TestFields.FIELDS).size());
    }

    @ParameterizedTest
    @CsvSource({"eq,EQ", "ne,NE", "lt,LT", "le,LE", "gt,GT", "ge,GE", "like,LIKE", "ilike,ILIKE",
            "nlike,NLIKE"})
    void parseReadsSingleValueTextOperator(String token, Operator expected) {
        Filter filter = parseOne("name," + token + ",abc");
        assertEquals(expected, filter.operator());
        assertEquals(List.of("abc"), filter.values());
    }

    @ParameterizedTest
    @CsvSource({"in,IN", "nin,NIN"})
    void parseReadsTextList(String token, Operator expected) {
        Filter filter = parseOne("name," + token + ",a,b,c");
        assertEquals(expected, filter.operator());
        assertEquals(List.of("a", "b", "c"), filter.values());
    }

    @ParameterizedTest
    @CsvSource({"is_null,IS_NULL", "not_null,NOT_NULL"})
    void parseReadsNullTestWithoutValues(String token, Operator expected) {
        Filter filter = parseOne("description," + token);
        assertEquals(expected, filter.operator());
        assertTrue(filter.values().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"eq,EQ", "ne,NE"})
    void parseTypesUuidValue(String token, Operator expected) {
        Filter filter = parseOne("id," + token + "," + UUID_1);
        assertEquals(expected, filter.operator());
        assertEquals(List.of(UUID.fromString(UUID_1)), filter.values());
    }

    @Test
    void parseAcceptsUppercaseUuid() {
        Filter filter = parseOne("id,eq," + UUID_1.toUpperCase());
        assertEquals(List.of(UUID.fromString(UUID_1)), filter.values());
    }

    @Test
    void parseTypesUuidList() {
        Filter filter = parseOne("owner_id,nin," + UUID_1 + "," + UUID_2);
        assertEquals(Operator.NIN, filter.operator());
        assertEquals(List.of(UUID.fromString(UUID_1), UUID.fromString(UUID_2)), filter.values());
    }

    @Test
    void parseReadsUuidIn() {
        Filter filter = parseOne("id,in," + UUID_1);
        assertEquals(Operator.IN, filter.operator());
    }

    @ParameterizedTest
    @CsvSource({"eq,EQ", "ne,NE", "lt,LT", "le,LE", "gt,GT", "ge,GE"})
    void parseTypesTimestampComparison(String token, Operator expected) {
        Filter filter = parseOne("created_at," + token + ",2026-01-31T10:00:00Z");
        assertEquals(expected, filter.operator());
        assertEquals(List.of(OffsetDateTime.of(2026, 1, 31, 10, 0, 0, 0, ZoneOffset.UTC)), filter.values());
    }

    @Test
    void parseKeepsTimestampOffset() {
        Filter filter = parseOne("created_at,eq,2026-01-31T10:00:00+02:00");
        OffsetDateTime expected = OffsetDateTime.of(2026, 1, 31, 10, 0, 0, 0, ZoneOffset.ofHours(2));
        assertEquals(expected, filter.values().get(0));
    }

    @Test
    void parseKeepsMicroseconds() {
        Filter filter = parseOne("created_at,eq,2026-01-31T10:00:00.123456Z");
        assertEquals(123_456_000, ((OffsetDateTime) filter.values().get(0)).getNano());
    }

    @Test
    void parseAcceptsTimestampWithoutSeconds() {
        Filter filter = parseOne("created_at,eq,2026-01-31T10:00Z");
        assertEquals(List.of(OffsetDateTime.of(2026, 1, 31, 10, 0, 0, 0, ZoneOffset.UTC)), filter.values());
    }

    @Test
    void parseReadsPlainDateAsMidnightUtc() {
        Filter filter = parseOne("created_at,ge,2026-01-31");
        assertEquals(List.of(OffsetDateTime.of(2026, 1, 31, 0, 0, 0, 0, ZoneOffset.UTC)), filter.values());
    }

    @Test
    void parseReadsTimestampRange() {
        Filter filter = parseOne("created_at,bt,2026-01-01,2026-02-01T00:00:00Z");
        assertEquals(Operator.BT, filter.operator());
        assertEquals(List.of(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 2, 1, 0, 0, 0, 0, ZoneOffset.UTC)), filter.values());
    }

    @Test
    void parseAcceptsRangeWithEqualBounds() {
        Filter filter = parseOne("created_at,bt,2026-01-01,2026-01-01");
        assertEquals(2, filter.values().size());
    }

    @Test
    void parseReadsTimestampNullTest() {
        assertEquals(Operator.IS_NULL, parseOne("expires_at,is_null").operator());
    }

    @ParameterizedTest
    @CsvSource({"eq,EQ", "ne,NE"})
    void parseReadsEnumValue(String token, Operator expected) {
        Filter filter = parseOne("auth_type," + token + ",oauth2");
        assertEquals(expected, filter.operator());
        assertEquals(List.of("oauth2"), filter.values());
    }

    @Test
    void parseReadsEnumList() {
        Filter filter = parseOne("auth_type,in,oauth2,basic_auth");
        assertEquals(List.of("oauth2", "basic_auth"), filter.values());
    }

    @ParameterizedTest
    @CsvSource({"any,ANY", "all,ALL"})
    void parseReadsTextArrayOperator(String token, Operator expected) {
        Filter filter = parseOne("tags," + token + ",\"Customer XYZ\",prod");
        assertEquals(expected, filter.operator());
        assertEquals(List.of("Customer XYZ", "prod"), filter.values());
    }

    @Test
    void parseReadsTextArrayNullTest() {
        assertEquals(Operator.NOT_NULL, parseOne("tags,not_null").operator());
    }

    @Test
    void parseKeepsUnquotedWildcards() {
        assertEquals(List.of("%ft%"), parseOne("name,like,%ft%").values());
    }

    @Test
    void parseUnquotesValue() {
        assertEquals(List.of("%ft%"), parseOne("name,like,\"%ft%\"").values());
    }

    @Test
    void parseKeepsCommaInsideQuotes() {
        assertEquals(List.of("a,b", "c"), parseOne("name,in,\"a,b\",c").values());
    }

    @Test
    void parseDecodesEscapedQuote() {
        assertEquals(List.of("say \"hi\""), parseOne("name,eq,\"say \\\"hi\\\"\"").values());
    }

    @Test
    void parseDecodesEscapedBackslash() {
        assertEquals(List.of("C:\\temp"), parseOne("name,eq,\"C:\\\\temp\"").values());
    }

    @Test
    void parseAcceptsEmptyQuotedValue() {
        assertEquals(List.of(""), parseOne("name,eq,\"\"").values());
    }

    @Test
    void parseKeepsBackslashInBareValue() {
        assertEquals(List.of("100\\%"), parseOne("name,like,100\\%").values());
    }

    @Test
    void parseKeepsEscapedWildcardsInQuotedPattern() {
        assertEquals(List.of("a\\_b\\%"), parseOne("name,like,\"a\\\\_b\\\\%\"").values());
    }

    @Test
    void parseAcceptsPatternEndingInEscapedBackslash() {
        assertEquals(List.of("a\\\\"), parseOne("name,like,a\\\\").values());
    }

    @Test
    void parseAllowsTrailingBackslashOutsidePatterns() {
        assertEquals(List.of("a\\"), parseOne("name,eq,a\\").values());
    }

    @Test
    void parseKeepsSpacesInBareValue() {
        assertEquals(List.of(" a b "), parseOne("name,eq, a b ").values());
    }

    @Test
    void parseKeepsSqlTextAsValue() {
        assertEquals(List.of("'; DROP TABLE x; --"), parseOne("name,eq,'; DROP TABLE x; --").values());
    }

    @Test
    void parseKeepsSurrogatePairs() {
        assertEquals(List.of("key \uD83D\uDD11"), parseOne("name,eq,\"key \uD83D\uDD11\"").values());
    }

    @Test
    void parseAcceptsValueOfMaximumLength() {
        String value = "x".repeat(QueryLimits.MAX_VALUE_LENGTH);
        assertEquals(List.of(value), parseOne("name,eq," + value).values());
    }

    @Test
    void parseCountsCodePointsForValueLength() {
        String value = "\uD83D\uDD11".repeat(QueryLimits.MAX_VALUE_LENGTH);
        assertEquals(List.of(value), parseOne("name,eq," + value).values());
    }

    @Test
    void parseAcceptsMaximumListLength() {
        StringBuilder raw = new StringBuilder("name,in");
        for (int i = 0; i < QueryLimits.MAX_LIST_VALUES; i++) {
            raw.append(",v").append(i);
        }
        assertEquals(QueryLimits.MAX_LIST_VALUES, parseOne(raw.toString()).values().size());
    }
}
