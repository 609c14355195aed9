package io.connectorauth.query;

import static io.connectorauth.query.QueryAssertions.assertFilterRejected;
import static io.connectorauth.query.QueryAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterParserErrorTest {

    private static final String VALID_UUID = "123e4567-e89b-12d3-a456-426614174000";

    @Test
    void parseRejectsUnknownField() {
        QueryException error = assertFilterRejected("passwd,eq,x", 1);
        assertEquals("filter 0 (\"passwd,eq,x\"), position 1: unknown field \"passwd\"; expected one of id, "
                + "owner_id, name, description, auth_type, created_at, expires_at, tags", error.getMessage());
    }

    @Test
    void parseRejectsUnlistedSecretField() {
        QueryException error = assertFilterRejected("password,like,a%", 1);
        assertTrue(error.getMessage().contains("unknown field \"password\""), error.getMessage());
    }

    @Test
    void parseRejectsUppercaseField() {
        assertFilterRejected("Name,eq,x", 1);
    }

    @Test
    void parseRejectsUnknownOperator() {
        QueryException error = assertFilterRejected("name,lik,x", 6);
        assertEquals("filter 0 (\"name,lik,x\"), position 6: unknown operator \"lik\"; expected one of eq, ne, lt, "
                + "le, gt, ge, like, ilike, nlike, in, nin, is_null, not_null", error.getMessage());
    }

    @Test
    void parseRejectsUppercaseOperator() {
        assertFilterRejected("name,EQ,x", 6);
    }

    @Test
    void parseRejectsOperatorForWrongType() {
        QueryException error = assertFilterRejected("id,like,x", 4);
        assertEquals("filter 0 (\"id,like,x\"), position 4: operator \"like\" does not apply to uuid field \"id\"; "
                + "expected one of eq, ne, in, nin, is_null, not_null", error.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"id,lt,x|4", "owner_id,bt,a,b|10", "name,bt,a,b|6", "name,any,a|6",
            "name,all,a|6", "created_at,in,2026-01-01|12", "created_at,like,x|12", "created_at,any,x|12",
            "auth_type,lt,oauth2|11", "auth_type,like,o%|11", "tags,eq,x|6", "tags,in,x|6", "tags,like,x|6"})
    void parseRejectsOperatorOutsideTypeTable(String raw, int position) {
        QueryException error = assertFilterRejected(raw, position);
        assertTrue(error.getMessage().contains("does not apply to"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "1-2-3-4-5", "123e4567-e89b-12d3-a456-42661417400g",
            "123e4567e89b12d3a456426614174000", "{123e4567-e89b-12d3-a456-426614174000}",
            "123e4567-e89b-12d3-a456_426614174000", "\uFF11\uFF12\uFF13e4567-e89b-12d3-a456-426614174000"})
    void parseRejectsMalformedUuid(String value) {
        QueryException error = assertFilterRejected("id,eq," + value, 7);
        assertTrue(error.getMessage().contains("invalid uuid"), error.getMessage());
        assertTrue(error.getMessage().contains("for field \"id\""), error.getMessage());
    }

    @Test
    void parseRejectsMalformedUuidInList() {
        assertFilterRejected("id,in," + VALID_UUID + ",bad", 44);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "2026-01-31T10:00:00", "yesterday", "2026-01-31T25:00:00Z",
            "31.01.2026", "2026-1-31", "", "1767225600", "2026-01-31T10:00:00 01:00"})
    void parseRejectsMalformedTimestamp(String value) {
        QueryException error = assertFilterRejected("created_at,eq,\"" + value + "\"", 15);
        assertTrue(error.getMessage().contains("invalid timestamp"), error.getMessage());
        assertTrue(error.getMessage().contains("for field \"created_at\""), error.getMessage());
    }

    @Test
    void parseRejectsTimestampBeyondMicroseconds() {
        QueryException error = assertFilterRejected("created_at,eq,2026-01-31T10:00:00.1234567Z", 15);
        assertTrue(error.getMessage().contains("6 fractional digits"), error.getMessage());
    }

    @Test
    void parseRejectsYearAfter9999() {
        QueryException error = assertFilterRejected("created_at,eq,+10000-01-01T00:00:00Z", 15);
        assertTrue(error.getMessage().contains("year"), error.getMessage());
    }

    @Test
    void parseRejectsYearZero() {
        assertFilterRejected("created_at,eq,0000-01-01T00:00:00Z", 15);
    }

    @Test
    void parseRejectsEnumValueOutsideSet() {
        QueryException error = assertFilterRejected("auth_type,eq,OAUTH2", 14);
        assertEquals("filter 0 (\"auth_type,eq,OAUTH2\"), position 14: invalid value \"OAUTH2\" for field "
                + "\"auth_type\"; expected one of api_key, basic_auth, oauth2", error.getMessage());
    }

    @Test
    void parseRejectsEnumValueOutsideSetInList() {
        assertFilterRejected("auth_type,nin,oauth2,saml", 22);
    }

    @Test
    void parseRejectsTooManyFilters() {
        List<String> raw = new ArrayList<>();
        for (int i = 0; i <= QueryLimits.MAX_FILTERS; i++) {
            raw.add("name,eq,x");
        }
        QueryException error = assertRejected(() -> FilterParser.parse(raw, TestFields.FIELDS), "filter", 20, -1);
        assertEquals("filter 20: too many filters: 21; the maximum is 20", error.getMessage());
    }

    @Test
    void parseRejectsValueTooLong() {
        String value = "x".repeat(QueryLimits.MAX_VALUE_LENGTH + 1);
        QueryException error = assertFilterRejected("name,eq," + value, 9);
        assertTrue(error.getMessage().contains("value is 1001 characters long; the maximum is 1000"),
                error.getMessage());
    }

    @Test
    void parseRejectsQuotedValueTooLong() {
        String value = "\\\"".repeat(QueryLimits.MAX_VALUE_LENGTH + 1);
        assertFilterRejected("name,eq,\"" + value + "\"", 9);
    }

    @Test
    void parseRejectsTooManyListValues() {
        StringBuilder raw = new StringBuilder("name,in");
        for (int i = 0; i <= QueryLimits.MAX_LIST_VALUES; i++) {
            raw.append(",v").append(i);
        }
        int lastComma = raw.lastIndexOf(",") + 1;
        QueryException error = assertFilterRejected(raw.toString(), lastComma);
        assertTrue(error.getMessage().contains("operator \"in\" takes 1 to 100 values"), error.getMessage());
    }

    @Test
    void parseRejectsRangeWithOneValue() {
        QueryException error = assertFilterRejected("created_at,bt,2026-01-01", 25);
        assertTrue(error.getMessage().contains("operator \"bt\" takes two values, found 1"), error.getMessage());
    }

    @Test
    void parseRejectsRangeWithThreeValues() {
        assertFilterRejected("created_at,bt,2026-01-01,2026-01-02,2026-01-03", 36);
    }

    @Test
    void parseRejectsReversedRange() {
        QueryException error = assertFilterRejected("created_at,bt,2026-02-01,2026-01-01", 26);
        assertTrue(error.getMessage().contains("range end is before range start"), error.getMessage());
    }

    @Test
    void parseRejectsSecondValueForSingleValueOperator() {
        QueryException error = assertFilterRejected("name,eq,a,b", 10);
        assertTrue(error.getMessage().contains("quote a value that contains a comma"), error.getMessage());
    }

    @Test
    void parseRejectsValueForNullTest() {
        QueryException error = assertFilterRejected("name,is_null,x", 13);
        assertTrue(error.getMessage().contains("operator \"is_null\" takes no value"), error.getMessage());
    }

    @Test
    void parseRejectsTrailingCommaAfterNullTest() {
        assertFilterRejected("name,not_null,", 14);
    }

    @Test
    void parseRejectsTextAfterClosingQuote() {
        QueryException error = assertFilterRejected("name,eq,\"a\"b", 12);
        assertTrue(error.getMessage().contains("unexpected text after the closing quote"), error.getMessage());
    }

    @Test
    void parseRejectsQuoteInsideBareValue() {
        assertFilterRejected("name,eq,a\"b\"", 10);
    }

    @Test
    void parseRejectsAdjacentQuotedValues() {
        assertFilterRejected("name,in,\"a\"\"b\"", 12);
    }

    @Test
    void parseRejectsQuoteAfterField() {
        assertFilterRejected("name\"x\",eq,a", 5);
    }

    @Test
    void parseRejectsUnbalancedQuote() {
        QueryException error = assertFilterRejected("name,eq,\"abc", 9);
        assertTrue(error.getMessage().contains("unterminated quoted value"), error.getMessage());
    }

    @Test
    void parseRejectsQuoteClosedOnlyByEscape() {
        assertFilterRejected("name,eq,\"abc\\\"", 9);
    }

    @Test
    void parseRejectsQuoteEndingInBackslash() {
        assertFilterRejected("name,eq,\"abc\\", 9);
    }

    @Test
    void parseRejectsLoneQuoteAfterBareValue() {
        assertFilterRejected("name,eq,abc\"", 12);
    }

    @Test
    void parseRejectsUnknownEscape() {
        QueryException error = assertFilterRejected("name,eq,\"a\\nb\"", 11);
        assertTrue(error.getMessage().contains("invalid escape sequence"), error.getMessage());
    }

    @Test
    void parseRejectsPercentEscapeInsideQuotes() {
        assertFilterRejected("name,like,\"a\\%\"", 13);
    }

    @Test
    void parseRejectsEmptyValue() {
        QueryException error = assertFilterRejected("name,eq,", 9);
        assertTrue(error.getMessage().contains("missing value; write \"\" for an empty string"), error.getMessage());
    }

    @Test
    void parseRejectsEmptyValueInList() {
        assertFilterRejected("name,in,a,,b", 11);
    }

    @Test
    void parseRejectsEmptyLastValueInList() {
        assertFilterRejected("name,in,a,", 11);
    }

    @Test
    void parseRejectsMissingValue() {
        QueryException error = assertFilterRejected("name,eq", 8);
        assertTrue(error.getMessage().contains("operator \"eq\" takes one value, found none"), error.getMessage());
    }

    @Test
    void parseRejectsListOperatorWithoutValues() {
        assertFilterRejected("name,in", 8);
    }

    @Test
    void parseRejectsPatternEndingInBackslash() {
        QueryException error = assertFilterRejected("name,like,abc\\", 11);
        assertTrue(error.getMessage().contains("invalid pattern"), error.getMessage());
    }

    @Test
    void parseRejectsNlikePatternEndingInBackslash() {
        assertFilterRejected("name,nlike,\"a\\\\\\\\\\\\\"", 12);
    }

    @Test
    void parseRejectsNulCharacter() {
        assertFilterRejected("name,eq,a\u0000", 10);
    }

    @Test
    void parseRejectsNulCharacterInQuotes() {
        assertFilterRejected("name,eq,\"\u0000\"", 10);
    }

    @Test
    void parseRejectsUnpairedSurrogate() {
        assertFilterRejected("name,eq,\uD800", 9);
    }

    @Test
    void parseRejectsReversedSurrogatePair() {
        assertFilterRejected("name,eq,\uDC00\uD800", 9);
    }

    @Test
    void parseRejectsFilterTooLong() {
        String raw = "name,eq," + "x".repeat(QueryLimits.MAX_FILTER_LENGTH);
        QueryException error = assertFilterRejected(raw, -1);
        assertTrue(error.getMessage().contains("the maximum is 110000"), error.getMessage());
    }

    @Test
    void parseRejectsEmptyFilter() {
        QueryException error = assertFilterRejected("", 1);
        assertTrue(error.getMessage().contains("missing field name"), error.getMessage());
    }

    @Test
    void parseRejectsNullFilter() {
        List<String> raw = Arrays.asList((String) null);
        assertRejected(() -> FilterParser.parse(raw, TestFields.FIELDS), "filter", 0, 1);
    }

    @Test
    void parseRejectsMissingField() {
        assertFilterRejected(",eq,x", 1);
    }

    @Test
    void parseRejectsQuotedField() {
        QueryException error = assertFilterRejected("\"name\",eq,x", 1);
        assertTrue(error.getMessage().contains("field names are not quoted"), error.getMessage());
    }

    @Test
    void parseRejectsFieldWithoutOperator() {
        QueryException error = assertFilterRejected("name", 5);
        assertTrue(error.getMessage().contains("missing operator"), error.getMessage());
    }

    @Test
    void parseRejectsEmptyOperator() {
        assertFilterRejected("name,,x", 6);
    }

    @Test
    void parseRejectsEmptyOperatorAtEnd() {
        assertFilterRejected("name,", 6);
    }

    @Test
    void parseRejectsQuotedOperator() {
        QueryException error = assertFilterRejected("name,\"eq\",x", 6);
        assertTrue(error.getMessage().contains("operator names are not quoted"), error.getMessage());
    }

    @Test
    void parseRejectsQuoteAfterOperator() {
        assertFilterRejected("name,eq\"x\"", 8);
    }

    @Test
    void parseReportsIndexOfFailingFilter() {
        List<String> raw = List.of("name,eq,a", "auth_type,eq,oauth2", "id,eq,bad");
        assertRejected(() -> FilterParser.parse(raw, TestFields.FIELDS), "filter", 2, 7);
    }

    @Test
    void parseRejectsSpaceAroundTokens() {
        assertFilterRejected("name, eq,x", 6);
    }

    @Test
    void parseMessageOmitsClassNames() {
        QueryException error = assertFilterRejected("created_at,eq,2026-99-99", 15);
        assertFalse(error.getMessage().contains("Exception"), error.getMessage());
        assertFalse(error.getMessage().contains("java."), error.getMessage());
    }
}
