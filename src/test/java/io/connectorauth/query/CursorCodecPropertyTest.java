package io.connectorauth.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Property tests of the cursor codec over seeded random values and random cursor strings. Decoding "survives" an input
 * when it returns or throws {@link QueryException}, and never any other exception.
 */
class CursorCodecPropertyTest {

    private static final int CASES = RandomInputs.cases(1_000);
    private static final CursorCodec CODEC = new CursorCodec(CursorCodecTest.KEY);
    private static final List<SortKey> SORT = List.of(SortKey.descending(TestFields.NAME),
            SortKey.ascending(TestFields.CREATED_AT), SortKey.ascending(TestFields.ID));

    @Test
    void decodeReturnsRandomValues() {
        long seed = RandomInputs.seed(21);
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            List<Object> values = randomValues(random);
            String cursor = CODEC.encode(SORT, values);
            assertEquals(values, CODEC.decode(cursor, SORT), "seed " + seed + " case " + i);
        }
    }

    @Test
    void decodeRejectsMutatedCursors() {
        long seed = RandomInputs.seed(22);
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            String cursor = CODEC.encode(SORT, randomValues(random));
            String mutated = RandomInputs.mutate(random, cursor);
            String description = "seed " + seed + " case " + i + " " + RandomInputs.describe(mutated);
            if (!mutated.equals(cursor)) {
                boolean decoded = RandomInputs.runAllowingQueryException(() -> CODEC.decode(mutated, SORT),
                        description);
                assertFalse(decoded, description);
            }
        }
    }

    @Test
    void decodeSurvivesRandomStrings() {
        long seed = RandomInputs.seed(23);
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            String cursor = RandomInputs.string(random, 200);
            RandomInputs.runAllowingQueryException(() -> CODEC.decode(cursor, SORT), "seed " + seed + " case " + i);
        }
    }

    private static List<Object> randomValues(Random random) {
        String name = RandomInputs.validText(random, 60);
        long epochSecond = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond()
                + (long) (random.nextDouble() * 315_000_000_000L);
        Instant instant = Instant.ofEpochSecond(epochSecond, random.nextInt(1_000_000) * 1_000L);
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(2 * 18 * 3600 + 1) - 18 * 3600);
        OffsetDateTime timestamp = OffsetDateTime.ofInstant(instant, offset);
        return List.of(name, timestamp, new UUID(random.nextLong(), random.nextLong()));
    }
}
