package io.connectorauth.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SqlBuilderTest {

    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID ID_1 = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    private static final UUID ID_2 = UUID.fromString("123e4567-e89b-12d3-a456-426614174001");
    private static final OffsetDateTime JAN = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime FEB = OffsetDateTime.of(2026, 2, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final SqlBuilder builder = new SqlBuilder(List.of(TENANT));

    private String where(String... filters) {
        return builder.where(FilterParser.parse(List.of(filters), TestFields.FIELDS));
    }

    @Test
    void bindNumbersAfterInitialParameters() {
        assertEquals("$2", builder.bind("x"));
        assertEquals("$3", builder.bind("y"));
        assertEquals(Arrays.asList(TENANT, "x", "y"), builder.params());
    }

    @Test
    void bindStartsAtOneWithoutInitialParameters() {
        assertEquals("$1", new SqlBuilder(null).bind("x"));
    }

    @Test
    void bindAcceptsNull() {
        SqlBuilder empty = new SqlBuilder(List.of());
        empty.bind(null);
        assertEquals(Arrays.asList((Object) null), empty.params());
    }

    @Test
    void paramsReturnsSnapshot() {
        List<Object> before = builder.params();
        builder.bind("x");
        assertEquals(List.of(TENANT), before);
    }

    @Test
    void whereReturnsTrueWithoutFilters() {
        assertEquals("TRUE", builder.where(List.of()));
        assertEquals(List.of(TENANT), builder.params());
    }

    @Test
    void whereReturnsTrueForNull() {
        assertEquals("TRUE", builder.where(null));
    }

    @Test
    void whereRendersEquality() {
        assertEquals("(name = $2)", where("name,eq,SFTP"));
        assertEquals(List.of(TENANT, "SFTP"), builder.params());
    }

    @Test
    void whereRendersNotEqualAsDistinct() {
        assertEquals("(name IS DISTINCT FROM $2)", where("name,ne,SFTP"));
    }

    @Test
    void whereRendersComparisons() {
        assertEquals("(created_at < $2) AND (created_at <= $3) AND (created_at > $4) AND (created_at >= $5)",
                where("created_at,lt,2026-01-01", "created_at,le,2026-01-01", "created_at,gt,2026-01-01",
                        "created_at,ge,2026-01-01"));
        assertEquals(List.of(TENANT, JAN, JAN, JAN, JAN), builder.params());
    }

    @Test
    void whereRendersLikeAsIlike() {
        assertEquals("(name ILIKE $2)", where("name,like,\"%ft%\""));
        assertEquals(List.of(TENANT, "%ft%"), builder.params());
    }

    @Test
    void whereRendersIlike() {
        assertEquals("(name ILIKE $2)", where("name,ilike,a\\_b"));
        assertEquals(List.of(TENANT, "a\\_b"), builder.params());
    }

    @Test
    void whereRendersNlikeIncludingNull() {
        assertEquals("(description IS NULL OR description NOT ILIKE $2)", where("description,nlike,%test%"));
    }

    @Test
    void whereRendersUuidInAsArray() {
        assertEquals("(c.owner_id = ANY($2))", where("owner_id,in," + ID_1 + "," + ID_2));
        assertArrayEquals(new UUID[]{ID_1, ID_2}, (UUID[]) builder.params().get(1));
    }

    @Test
    void whereRendersEnumInAsTextArray() {
        assertEquals("(auth_type = ANY($2))", where("auth_type,in,oauth2,basic_auth"));
        assertArrayEquals(new String[]{"oauth2", "basic_auth"}, (String[]) builder.params().get(1));
    }

    @Test
    void whereRendersNinIncludingNull() {
        assertEquals("(description IS NULL OR NOT (description = ANY($2)))", where("description,nin,a,b"));
        assertArrayEquals(new String[]{"a", "b"}, (String[]) builder.params().get(1));
    }

    @Test
    void whereRendersRange() {
        assertEquals("(created_at BETWEEN $2 AND $3)", where("created_at,bt,2026-01-01,2026-02-01"));
        assertEquals(List.of(TENANT, JAN, FEB), builder.params());
    }

    @Test
    void whereRendersNullTests() {
        assertEquals("(expires_at IS NULL) AND (id IS NOT NULL)", where("expires_at,is_null", "id,not_null"));
        assertEquals(List.of(TENANT), builder.params());
    }

    @Test
    void whereRendersArrayNullTestsAsEmpty() {
        assertEquals("(tags IS NULL OR cardinality(tags) = 0) AND (cardinality(tags) > 0)",
                where("tags,is_null", "tags,not_null"));
    }

    @Test
    void whereRendersArrayAnyAsOverlap() {
        assertEquals("(tags && $2)", where("tags,any,\"Customer XYZ\",prod"));
        assertArrayEquals(new String[]{"Customer XYZ", "prod"}, (String[]) builder.params().get(1));
    }

    @Test
    void whereRendersArrayAllAsContains() {
        assertEquals("(tags @> $2)", where("tags,all,a,b"));
        assertArrayEquals(new String[]{"a", "b"}, (String[]) builder.params().get(1));
    }

    @Test
    void whereBindsUuidValue() {
        assertEquals("(id = $2)", where("id,eq," + ID_1));
        assertEquals(List.of(TENANT, ID_1), builder.params());
    }

    @Test
    void whereBindsHostileTextAsParameter() {
        assertEquals("(name = $2)", where("name,eq,\"'; DROP TABLE x; --\""));
        assertEquals(List.of(TENANT, "'; DROP TABLE x; --"), builder.params());
    }

    @Test
    void fragmentCopiesParameters() {
        String sql = "SELECT id FROM connector WHERE tenant_id = $1 AND " + where("name,eq,a");
        SqlFragment fragment = builder.fragment(sql);
        builder.bind("later");
        assertEquals(sql, fragment.sql());
        assertEquals(List.of(TENANT, "a"), fragment.params());
    }

    @Test
    void orderByRendersDirections() {
        List<SortKey> sort = SortParser.parse("name,-created_at", TestFields.FIELDS, List.of(), TestFields.ID);
        assertEquals("ORDER BY name ASC, created_at DESC, id DESC", builder.orderBy(sort));
    }

    @Test
    void orderByRejectsEmptySort() {
        assertThrows(IllegalArgumentException.class, () -> builder.orderBy(List.of()));
    }

    @Test
    void afterRendersSingleKey() {
        assertEquals("id > $2", builder.after(List.of(SortKey.ascending(TestFields.ID)), List.of(ID_1)));
        assertEquals(List.of(TENANT, ID_1), builder.params());
    }

    @Test
    void afterRendersDescendingSingleKey() {
        assertEquals("id < $2", builder.after(List.of(SortKey.descending(TestFields.ID)), List.of(ID_1)));
    }

    @Test
    void afterRendersRowComparisonForAscendingKeys() {
        List<SortKey> sort = List.of(SortKey.ascending(TestFields.NAME), SortKey.ascending(TestFields.ID));
        assertEquals("(name, id) > ($2, $3)", builder.after(sort, List.of("b", ID_1)));
        assertEquals(List.of(TENANT, "b", ID_1), builder.params());
    }

    @Test
    void afterRendersRowComparisonForDescendingKeys() {
        List<SortKey> sort = List.of(SortKey.descending(TestFields.CREATED_AT), SortKey.descending(TestFields.ID));
        assertEquals("(created_at, id) < ($2, $3)", builder.after(sort, List.of(JAN, ID_1)));
    }

    @Test
    void afterExpandsMixedDirections() {
        List<SortKey> sort = List.of(SortKey.ascending(TestFields.NAME), SortKey.descending(TestFields.CREATED_AT),
                SortKey.ascending(TestFields.ID));
        assertEquals("((name > $2) OR (name = $2 AND created_at < $3) OR (name = $2 AND created_at = $3 AND id > $4))",
                builder.after(sort, List.of("b", JAN, ID_1)));
        assertEquals(List.of(TENANT, "b", JAN, ID_1), builder.params());
    }

    @Test
    void afterRejectsValueOfWrongType() {
        List<SortKey> sort = List.of(SortKey.ascending(TestFields.ID));
        assertThrows(IllegalArgumentException.class, () -> builder.after(sort, List.of("not a uuid")));
    }

    @Test
    void afterRejectsMissingValue() {
        List<SortKey> sort = List.of(SortKey.ascending(TestFields.NAME), SortKey.ascending(TestFields.ID));
        assertThrows(IllegalArgumentException.class, () -> builder.after(sort, List.of("b")));
    }
}
