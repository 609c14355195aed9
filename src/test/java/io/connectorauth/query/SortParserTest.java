package io.connectorauth.query;

import static io.connectorauth.query.QueryAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SortParserTest {

    private static final List<SortKey> DEFAULT_SORT = List.of(SortKey.descending(TestFields.CREATED_AT));

    private static List<SortKey> parse(String sort) {
        return SortParser.parse(sort, TestFields.FIELDS, DEFAULT_SORT, TestFields.ID);
    }

    private static QueryException assertSortRejected(String sort, int position) {
        return assertRejected(() -> parse(sort), "sort", -1, position);
    }

    @Test
    void parseAppendsIdToAscendingKey() {
        assertEquals(List.of(SortKey.ascending(TestFields.NAME), SortKey.ascending(TestFields.ID)), parse("name"));
    }

    @Test
    void parseReadsDescendingPrefix() {
        assertEquals(List.of(SortKey.ascending(TestFields.NAME), SortKey.descending(TestFields.CREATED_AT),
                SortKey.descending(TestFields.ID)), parse("name,-created_at"));
    }

    @Test
    void parseKeepsExplicitIdDirection() {
        assertEquals(List.of(SortKey.descending(TestFields.ID), SortKey.ascending(TestFields.NAME)),
                parse("-id,name"));
    }

    @Test
    void parseUsesDefaultForNull() {
        assertEquals(List.of(SortKey.descending(TestFields.CREATED_AT), SortKey.descending(TestFields.ID)),
                parse(null));
    }

    @Test
    void parseUsesDefaultForEmptyString() {
        assertEquals(List.of(SortKey.descending(TestFields.CREATED_AT), SortKey.descending(TestFields.ID)),
                parse(""));
    }

    @Test
    void parseReturnsIdAloneWithoutDefault() {
        assertEquals(List.of(SortKey.ascending(TestFields.ID)),
                SortParser.parse(null, TestFields.FIELDS, null, TestFields.ID));
    }

    @Test
    void parseAcceptsFiveKeysPlusId() {
        QueryField extra = QueryField.text("slug", "slug", true);
        QueryField other = QueryField.timestamp("updated_at", "updated_at", true);
        QueryFields fields = QueryFields.of(TestFields.ID, TestFields.NAME, TestFields.AUTH_TYPE,
                TestFields.CREATED_AT, extra, other);
        List<SortKey> keys = SortParser.parse("name,auth_type,created_at,slug,updated_at", fields, List.of(),
                TestFields.ID);
        assertEquals(6, keys.size());
    }

    @Test
    void parseRejectsDuplicateBeforeCountingKeys() {
        assertSortRejected("name,-created_at,auth_type,id,-name", 32);
    }

    @Test
    void parseRejectsSixKeys() {
        QueryField extra = QueryField.text("slug", "slug", true);
        QueryField other = QueryField.timestamp("updated_at", "updated_at", true);
        QueryFields fields = QueryFields.of(TestFields.ID, TestFields.NAME, TestFields.AUTH_TYPE,
                TestFields.CREATED_AT, extra, other);
        String sort = "name,auth_type,created_at,slug,updated_at,id";
        QueryException error = assertRejected(() -> SortParser.parse(sort, fields, List.of(), TestFields.ID), "sort",
                -1, 43);
        assertTrue(error.getMessage().contains("too many sort keys; the maximum is 5"), error.getMessage());
    }

    @Test
    void parseRejectsUnknownField() {
        QueryException error = assertSortRejected("name,-passwd", 7);
        assertEquals("sort (\"name,-passwd\"), position 7: unknown sort field \"passwd\"; expected one of id, name, "
                + "auth_type, created_at", error.getMessage());
    }

    @Test
    void parseRejectsUnsortableField() {
        QueryException error = assertSortRejected("description", 1);
        assertTrue(error.getMessage().contains("field \"description\" is not sortable"), error.getMessage());
    }

    @Test
    void parseRejectsArrayField() {
        assertSortRejected("-tags", 2);
    }

    @Test
    void parseRejectsDuplicateField() {
        QueryException error = assertSortRejected("name,-name", 7);
        assertTrue(error.getMessage().contains("duplicate sort field \"name\""), error.getMessage());
    }

    @Test
    void parseRejectsEmptyKey() {
        assertSortRejected("name,,id", 6);
    }

    @Test
    void parseRejectsTrailingComma() {
        assertSortRejected("name,", 6);
    }

    @Test
    void parseRejectsLeadingComma() {
        assertSortRejected(",name", 1);
    }

    @Test
    void parseRejectsBareMinus() {
        assertSortRejected("-", 2);
    }

    @Test
    void parseRejectsDoubleMinus() {
        assertSortRejected("--name", 2);
    }

    @Test
    void parseRejectsPlusPrefix() {
        assertSortRejected("+name", 1);
    }

    @Test
    void parseRejectsUppercaseField() {
        assertSortRejected("Name", 1);
    }

    @Test
    void parseRejectsSpaceAfterComma() {
        assertSortRejected("name, id", 6);
    }

    @Test
    void parseRejectsSortTooLong() {
        QueryException error = assertSortRejected("a".repeat(QueryLimits.MAX_SORT_LENGTH + 1), -1);
        assertTrue(error.getMessage().contains("the maximum is 1000"), error.getMessage());
    }

    @Test
    void parseRequiresIdField() {
        assertThrows(NullPointerException.class, () -> SortParser.parse("name", TestFields.FIELDS, List.of(), null));
    }

    @Test
    void signatureJoinsTokens() {
        assertEquals("name,-created_at,-id", SortKey.signature(parse("name,-created_at")));
    }

    @Test
    void sortKeyRejectsUnsortableField() {
        assertThrows(IllegalArgumentException.class, () -> SortKey.ascending(TestFields.DESCRIPTION));
    }
}
