package io.connectorauth.query;

import java.util.List;
import java.util.StringJoiner;

/**
 * Keyset condition "row comes after the cursor row" for a sort order. Sort columns are NOT NULL, so plain comparisons
 * are exact.
 */
final class KeysetSql {

    private KeysetSql() {
    }

    /**
     * Renders the condition with the given placeholders, one per key. When every key has the same direction it uses a
     * row comparison, {@code (a, b) > ($1, $2)}, which PostgreSQL can match against a B-tree index on {@code (a, b)}.
     * Mixed directions need the expanded form {@code (a > $1) OR (a = $1 AND b < $2)}.
     */
    static String render(List<SortKey> sort, List<String> placeholders) {
        if (sort.size() == 1) {
            return comparison(sort.get(0), placeholders.get(0));
        }
        if (sameDirection(sort)) {
            return rowComparison(sort, placeholders);
        }
        StringJoiner alternatives = new StringJoiner(" OR ", "(", ")");
        for (int i = 0; i < sort.size(); i++) {
            StringJoiner terms = new StringJoiner(" AND ", "(", ")");
            for (int j = 0; j < i; j++) {
                terms.add(sort.get(j).field().column() + " = " + placeholders.get(j));
            }
            terms.add(comparison(sort.get(i), placeholders.get(i)));
            alternatives.add(terms.toString());
        }
        return alternatives.toString();
    }

    private static boolean sameDirection(List<SortKey> sort) {
        for (SortKey key : sort) {
            if (key.descending() != sort.get(0).descending()) {
                return false;
            }
        }
        return true;
    }

    private static String rowComparison(List<SortKey> sort, List<String> placeholders) {
        StringJoiner columns = new StringJoiner(", ", "(", ")");
        StringJoiner values = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < sort.size(); i++) {
            columns.add(sort.get(i).field().column());
            values.add(placeholders.get(i));
        }
        return columns + (sort.get(0).descending() ? " < " : " > ") + values;
    }

    private static String comparison(SortKey key, String placeholder) {
        return key.field().column() + (key.descending() ? " < " : " > ") + placeholder;
    }
}
