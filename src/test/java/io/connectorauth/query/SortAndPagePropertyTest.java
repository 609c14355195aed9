package io.connectorauth.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Property tests of the sort parser and the page parameters over seeded random input. A call "survives" an input when it
 * returns or throws {@link QueryException}, and never any other exception.
 */
class SortAndPagePropertyTest {

    private static final int CASES = RandomInputs.cases(2_000);
    private static final List<String> SORT_WORDS = List.of("id", "-id", "name", "-name", "auth_type", "-created_at",
            "created_at", "tags", "description", "-", "", "password");

    @Test
    void sortParseSurvivesRandomStrings() {
        long seed = RandomInputs.seed(11);
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            checkSort(RandomInputs.string(random, 40), "seed " + seed + " case " + i);
        }
    }

    @Test
    void sortParseSurvivesFieldLists() {
        long seed = RandomInputs.seed(12);
        Random random = new Random(seed);
        int parsed = 0;
        for (int i = 0; i < CASES; i++) {
            List<String> words = new ArrayList<>();
            for (int word = random.nextInt(7); word >= 0; word--) {
                boolean hostile = random.nextInt(8) == 0;
                words.add(RandomInputs.pick(random, hostile ? RandomInputs.HOSTILE : SORT_WORDS));
            }
            parsed += checkSort(String.join(",", words), "seed " + seed + " case " + i) ? 1 : 0;
        }
        assertTrue(parsed > CASES / 20, "too few sort orders parsed: " + parsed);
    }

    @Test
    void pageRequestSurvivesRandomStrings() {
        long seed = RandomInputs.seed(13);
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            String page = maybe(random);
            String perPage = maybe(random);
            String cursor = maybe(random);
            String count = maybe(random);
            String description = "seed " + seed + " case " + i;
            RandomInputs.runAllowingQueryException(() -> PageRequest.of(page, perPage, cursor, count), description);
        }
    }

    private static String maybe(Random random) {
        switch (random.nextInt(4)) {
            case 0 :
                return null;
            case 1 :
                return Integer.toString(random.nextInt(1_000) - 10);
            case 2 :
                return RandomInputs.pick(random, RandomInputs.HOSTILE);
            default :
                return RandomInputs.string(random, 12);
        }
    }

    private static boolean checkSort(String raw, String description) {
        String input = description + " " + RandomInputs.describe(raw);
        List<List<SortKey>> result = new ArrayList<>();
        boolean parsed = RandomInputs.runAllowingQueryException(() -> result.add(SortParser.parse(raw,
                TestFields.FIELDS, List.of(SortKey.descending(TestFields.CREATED_AT)), TestFields.ID)), input);
        if (parsed) {
            checkKeys(result.get(0), input);
        }
        return parsed;
    }

    private static void checkKeys(List<SortKey> keys, String input) {
        Set<String> names = new HashSet<>();
        for (SortKey key : keys) {
            assertEquals(key.field(), TestFields.FIELDS.find(key.field().name()).orElseThrow(), input);
            assertTrue(names.add(key.field().name()), () -> input + " repeats " + key.field().name());
        }
        assertTrue(names.contains("id"), input);
        assertTrue(keys.size() <= QueryLimits.MAX_SORT_KEYS + 1, input);
        String sql = new SqlBuilder(List.of()).orderBy(keys);
        assertTrue(sql.matches("ORDER BY [a-z_.]+ (ASC|DESC)(, [a-z_.]+ (ASC|DESC))*"),
                () -> input + " rendered " + sql);
    }
}
