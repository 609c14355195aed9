package io.connectorauth.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Property tests of the filter parser and the SQL renderer over seeded random input. A parse "survives" an input when
 * it returns or throws {@link QueryException}, and never any other exception. Each test runs a bounded number of cases
 * so the class finishes in a few seconds.
 */
class FilterParserPropertyTest {

    private static final int CASES = RandomInputs.cases(2_000);

    /** Every character that rendered SQL may contain: identifiers, placeholders, operators and parentheses. */
    private static final Pattern SQL_ALPHABET = Pattern.compile("[A-Za-z0-9_ .,()$=<>&@]*");

    private static final UUID DUMMY_UUID = new UUID(0, 0);
    private static final OffsetDateTime DUMMY_TIME = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void parseSurvivesRandomStrings() {
        long seed = RandomInputs.seed(1);
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            String raw = RandomInputs.string(random, 60);
            checkParse(List.of(raw), "seed " + seed + " case " + i);
        }
    }

    @Test
    void parseSurvivesHostileStrings() {
        long seed = RandomInputs.seed(2);
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            StringBuilder raw = new StringBuilder();
            for (int part = random.nextInt(6); part >= 0; part--) {
                raw.append(RandomInputs.pick(random, RandomInputs.HOSTILE));
            }
            checkParse(List.of(raw.toString()), "seed " + seed + " case " + i);
        }
    }

    @Test
    void parseSurvivesMutatedFilters() {
        long seed = RandomInputs.seed(3);
        Random random = new Random(seed);
        int parsed = 0;
        for (int i = 0; i < CASES; i++) {
            List<String> raw = new ArrayList<>();
            for (int filter = random.nextInt(3); filter >= 0; filter--) {
                raw.add(mutateSometimes(random, FilterGenerator.next(random).raw()));
            }
            parsed += checkParse(raw, "seed " + seed + " case " + i) ? 1 : 0;
        }
        assertTrue(parsed > CASES / 10, "too few mutated filters parsed to check rendering: " + parsed);
    }

    @Test
    void parseSurvivesLongValues() {
        long seed = RandomInputs.seed(4);
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            String value = RandomInputs.string(random, 10_000);
            String encoded = random.nextBoolean() ? value : RandomInputs.quote(value);
            checkParse(List.of("name,in," + encoded + "," + encoded), "seed " + seed + " case " + i);
        }
    }

    @Test
    void parseSurvivesNullAndExtraFilters() {
        long seed = RandomInputs.seed(5);
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            List<String> raw = new ArrayList<>();
            for (int filter = random.nextInt(25); filter >= 0; filter--) {
                raw.add(random.nextInt(10) == 0 ? null : FilterGenerator.next(random).raw());
            }
            checkParse(raw, "seed " + seed + " case " + i);
        }
    }

    @Test
    void parseReturnsGeneratedFilter() {
        long seed = RandomInputs.seed(6);
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            FilterGenerator.Case generated = FilterGenerator.next(random);
            String description = "seed " + seed + " case " + i + " " + RandomInputs.describe(generated.raw());
            List<Filter> filters = FilterParser.parse(List.of(generated.raw()), TestFields.FIELDS);
            assertEquals(List.of(generated.expected()), filters, description);
        }
    }

    private static String mutateSometimes(Random random, String raw) {
        String mutated = raw;
        for (int round = random.nextInt(4) - 1; round >= 0; round--) {
            mutated = RandomInputs.mutate(random, mutated);
        }
        return mutated;
    }

    private static boolean checkParse(List<String> raw, String description) {
        String input = description + " " + RandomInputs.describe(String.valueOf(raw));
        List<List<Filter>> result = new ArrayList<>();
        boolean parsed = RandomInputs.runAllowingQueryException(
                () -> result.add(FilterParser.parse(raw, TestFields.FIELDS)), input);
        if (parsed) {
            checkRendering(result.get(0), input);
        }
        return parsed;
    }

    /**
     * Checks that values reach PostgreSQL only as parameters: the SQL uses only the SQL alphabet, and it is the same
     * SQL as for the same filters with placeholder values, so it cannot depend on any character of the input values.
     */
    private static void checkRendering(List<Filter> filters, String input) {
        SqlBuilder builder = new SqlBuilder(List.of());
        String sql = builder.where(filters);
        assertTrue(SQL_ALPHABET.matcher(sql).matches(), () -> input + " rendered " + sql);
        String dummySql = new SqlBuilder(List.of()).where(withDummyValues(filters));
        assertEquals(dummySql, sql, input);
        assertEquals(expectedParams(filters), asLists(builder.params()), input);
    }

    private static List<Filter> withDummyValues(List<Filter> filters) {
        List<Filter> dummies = new ArrayList<>();
        for (Filter filter : filters) {
            List<Object> values = new ArrayList<>();
            for (Object value : filter.values()) {
                values.add(dummyFor(value));
            }
            dummies.add(new Filter(filter.field(), filter.operator(), values));
        }
        return dummies;
    }

    private static Object dummyFor(Object value) {
        if (value instanceof UUID) {
            return DUMMY_UUID;
        }
        if (value instanceof OffsetDateTime) {
            return DUMMY_TIME;
        }
        return "v";
    }

    private static List<Object> expectedParams(List<Filter> filters) {
        List<Object> params = new ArrayList<>();
        for (Filter filter : filters) {
            if (filter.operator().arity() == Operator.Arity.LIST) {
                params.add(filter.values());
            } else {
                params.addAll(filter.values());
            }
        }
        return params;
    }

    private static List<Object> asLists(List<Object> params) {
        List<Object> converted = new ArrayList<>();
        for (Object param : params) {
            converted.add(param instanceof Object[] array ? Arrays.asList(array) : param);
        }
        return converted;
    }
}
