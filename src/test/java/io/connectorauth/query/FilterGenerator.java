package io.connectorauth.query;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Generates valid filter strings together with the filter that parsing them must produce. */
final class FilterGenerator {

    /** A filter string and its expected parse result. */
    record Case(String raw, Filter expected) {
    }

    private static final List<QueryField> FIELDS = List.of(TestFields.ID, TestFields.OWNER_ID, TestFields.NAME,
            TestFields.DESCRIPTION, TestFields.AUTH_TYPE, TestFields.CREATED_AT, TestFields.EXPIRES_AT,
            TestFields.TAGS);

    private FilterGenerator() {
    }

    /** Returns a random valid filter over the fields of {@link TestFields}. */
    static Case next(Random random) {
        QueryField field = RandomInputs.pick(random, FIELDS);
        Operator operator = RandomInputs.pick(random, List.copyOf(field.type().operators()));
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < valueCount(random, operator); i++) {
            values.add(value(random, field, operator));
        }
        if (operator == Operator.BT && ((OffsetDateTime) values.get(0)).isAfter((OffsetDateTime) values.get(1))) {
            values.add(values.remove(0));
        }
        StringBuilder raw = new StringBuilder(field.name()).append(',').append(operator.token());
        for (Object value : values) {
            raw.append(',').append(encode(random, value));
        }
        return new Case(raw.toString(), new Filter(field, operator, values));
    }

    private static int valueCount(Random random, Operator operator) {
        switch (operator.arity()) {
            case NONE :
                return 0;
            case ONE :
                return 1;
            case TWO :
                return 2;
            default :
                return random.nextInt(20) == 0 ? QueryLimits.MAX_LIST_VALUES : 1 + random.nextInt(5);
        }
    }

    private static Object value(Random random, QueryField field, Operator operator) {
        switch (field.type()) {
            case UUID :
                return new UUID(random.nextLong(), random.nextLong());
            case TIMESTAMP :
                return timestamp(random);
            case ENUM :
                return RandomInputs.pick(random, List.copyOf(field.enumValues()));
            default :
                int maxLength = random.nextInt(50) == 0 ? QueryLimits.MAX_VALUE_LENGTH : 30;
                String text = RandomInputs.validText(random, maxLength);
                return isPattern(operator) ? escapeTrailingBackslash(text) : text;
        }
    }

    private static OffsetDateTime timestamp(Random random) {
        if (random.nextInt(4) == 0) {
            return LocalDate.ofEpochDay(randomDay(random)).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        LocalTime time = LocalTime.ofNanoOfDay(random.nextInt(86_400) * 1_000_000_000L + random.nextInt(1_000_000)
                * 1_000L);
        ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(36 * 4 + 1) - 72) * 900);
        return LocalDateTime.of(LocalDate.ofEpochDay(randomDay(random)), time).atOffset(offset);
    }

    private static long randomDay(Random random) {
        long first = LocalDate.of(1, 1, 2).toEpochDay();
        long last = LocalDate.of(9999, 12, 30).toEpochDay();
        return first + (long) (random.nextDouble() * (last - first));
    }

    private static boolean isPattern(Operator operator) {
        return operator == Operator.LIKE || operator == Operator.ILIKE || operator == Operator.NLIKE;
    }

    private static String escapeTrailingBackslash(String text) {
        int trailing = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            trailing++;
        }
        return trailing % 2 == 0 ? text : text + "\\";
    }

    private static String encode(Random random, Object value) {
        if (value instanceof UUID uuid) {
            return random.nextBoolean() ? uuid.toString() : uuid.toString().toUpperCase();
        }
        if (value instanceof OffsetDateTime timestamp) {
            boolean midnightUtc = timestamp.toLocalTime().equals(LocalTime.MIDNIGHT)
                    && timestamp.getOffset().equals(ZoneOffset.UTC);
            return midnightUtc && random.nextBoolean()
                    ? timestamp.toLocalDate().toString()
                    : timestamp.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        String text = (String) value;
        boolean bare = !text.isEmpty() && text.indexOf(',') < 0 && text.indexOf('"') < 0 && random.nextBoolean();
        return bare ? text : RandomInputs.quote(text);
    }
}
