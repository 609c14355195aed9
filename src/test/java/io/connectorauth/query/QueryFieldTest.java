package io.connectorauth.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryFieldTest {

    @ParameterizedTest
    @ValueSource(strings = {"name; DROP TABLE x", "Name", "1name", "name-x", "\"name\"", "a.b.c", "", "lower(name)"})
    void constructorRejectsInvalidColumn(String column) {
        assertThrows(IllegalArgumentException.class, () -> QueryField.text("name", column, false));
    }

    @Test
    void constructorAcceptsQualifiedColumn() {
        assertEquals("c.name", QueryField.text("name", "c.name", true).column());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Name", "_name", "na me", "", "name.x"})
    void constructorRejectsInvalidFieldName(String name) {
        assertThrows(IllegalArgumentException.class, () -> QueryField.text(name, "name", false));
    }

    @Test
    void constructorRejectsEnumWithoutValues() {
        assertThrows(IllegalArgumentException.class, () -> QueryField.enumeration("kind", "kind", false, Set.of()));
    }

    @Test
    void constructorRejectsUppercaseEnumValue() {
        assertThrows(IllegalArgumentException.class,
                () -> QueryField.enumeration("kind", "kind", false, Set.of("OAuth2")));
    }

    @Test
    void constructorRejectsEnumValuesOnText() {
        assertThrows(IllegalArgumentException.class,
                () -> new QueryField("name", "name", FieldType.TEXT, Set.of("a"), false));
    }

    @Test
    void constructorRejectsSortableArray() {
        assertThrows(IllegalArgumentException.class,
                () -> new QueryField("tags", "tags", FieldType.TEXT_ARRAY, Set.of(), true));
    }

    @Test
    void constructorSortsEnumValues() {
        QueryField field = QueryField.enumeration("kind", "kind", false, Set.of("b", "c", "a"));
        assertEquals(List.of("a", "b", "c"), List.copyOf(field.enumValues()));
    }

    @Test
    void textArrayIsNotSortable() {
        assertFalse(QueryField.textArray("tags", "tags").sortable());
    }

    @Test
    void fieldsRejectDuplicateNames() {
        QueryField first = QueryField.text("name", "name", false);
        QueryField second = QueryField.text("name", "other", false);
        assertThrows(IllegalArgumentException.class, () -> QueryFields.of(first, second));
    }

    @Test
    void fieldsFindByExactName() {
        assertEquals(Optional.of(TestFields.NAME), TestFields.FIELDS.find("name"));
        assertTrue(TestFields.FIELDS.find("NAME").isEmpty());
        assertTrue(TestFields.FIELDS.find(null).isEmpty());
    }

    @Test
    void fieldsListSortableNamesInOrder() {
        assertEquals(List.of("id", "name", "auth_type", "created_at"), TestFields.FIELDS.sortableNames());
    }

    @Test
    void operatorFromTokenIsCaseSensitive() {
        assertEquals(Optional.of(Operator.NOT_NULL), Operator.fromToken("not_null"));
        assertTrue(Operator.fromToken("NOT_NULL").isEmpty());
        assertTrue(Operator.fromToken(null).isEmpty());
    }

    @Test
    void fieldTypesListOperatorsInOrder() {
        assertEquals("is_null, not_null, any, all", FieldType.TEXT_ARRAY.operatorList());
        assertEquals("eq, ne, lt, le, gt, ge, bt, is_null, not_null", FieldType.TIMESTAMP.operatorList());
    }
}
