package io.connectorauth.query;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.connectorauth.query.FilterLexer.Kind;
import io.connectorauth.query.FilterLexer.Token;
import io.connectorauth.query.ValueConverter.InvalidValueException;

/**
 * Parser for the {@code filter} query parameters of list endpoints. Each parameter has the form
 * {@code field,operator[,value...]}, and all filters of a request must hold. The grammar, the operators per type and
 * the limits are described in {@code docs/filtering.md}.
 */
public final class FilterParser {

    private final int index;
    private final String raw;
    private final QueryFields fields;
    private final List<Token> tokens;
    private int next;

    private FilterParser(int index, String raw, QueryFields fields, List<Token> tokens) {
        this.index = index;
        this.raw = raw;
        this.fields = fields;
        this.tokens = tokens;
    }

    /**
     * Parses and type-checks the {@code filter} parameters against the resource's allow-list, so that only known
     * columns and typed values reach the SQL renderer.
     *
     * @param filterParams the raw parameter values in request order; null or empty means no filter
     * @param fields the fields that may be filtered on
     * @return the filters in request order
     * @throws QueryException for any invalid input, which is the only exception this method throws for any strings
     */
    public static List<Filter> parse(List<String> filterParams, QueryFields fields) {
        if (filterParams == null || filterParams.isEmpty()) {
            return List.of();
        }
        if (filterParams.size() > QueryLimits.MAX_FILTERS) {
            throw QueryException.filter(QueryLimits.MAX_FILTERS, null, -1, "too many filters: "
                    + filterParams.size() + "; the maximum is " + QueryLimits.MAX_FILTERS);
        }
        List<Filter> filters = new ArrayList<>(filterParams.size());
        for (int i = 0; i < filterParams.size(); i++) {
            filters.add(parseOne(i, filterParams.get(i), fields));
        }
        return List.copyOf(filters);
    }

    private static Filter parseOne(int index, String raw, QueryFields fields) {
        String text = raw == null ? "" : raw;
        if (text.length() > QueryLimits.MAX_FILTER_LENGTH) {
            throw QueryException.filter(index, text, -1, "filter is " + text.length()
                    + " characters long; the maximum is " + QueryLimits.MAX_FILTER_LENGTH);
        }
        List<Token> tokens = FilterLexer.tokenize(text, index);
        return new FilterParser(index, text, fields, tokens).parseFilter();
    }

    private Filter parseFilter() {
        QueryField field = readField();
        expectComma("missing operator; expected one of " + field.type().operatorList());
        Operator operator = readOperator(field);
        List<Token> valueTokens = readValueTokens(operator);
        List<Object> values = new ArrayList<>(valueTokens.size());
        for (Token token : valueTokens) {
            values.add(convert(field, operator, token));
        }
        if (operator == Operator.BT) {
            checkRange(values, valueTokens.get(1));
        }
        return new Filter(field, operator, values);
    }

    private QueryField readField() {
        Token token = advance();
        if (token.kind() != Kind.BARE) {
            String found = token.kind() == Kind.QUOTED ? "field names are not quoted" : "missing field name";
            throw error(token.position(), found + "; expected one of " + String.join(", ", fields.names()));
        }
        return fields.find(token.text())
                .orElseThrow(() -> error(token.position(), "unknown field " + Excerpt.quote(token.text(), 40)
                        + "; expected one of " + String.join(", ", fields.names())));
    }

    private Operator readOperator(QueryField field) {
        Token token = advance();
        String expected = "; expected one of " + field.type().operatorList();
        if (token.kind() != Kind.BARE) {
            String found = token.kind() == Kind.QUOTED ? "operator names are not quoted" : "missing operator";
            throw error(token.position(), found + expected);
        }
        Operator operator = Operator.fromToken(token.text())
                .orElseThrow(() -> error(token.position(), "unknown operator " + Excerpt.quote(token.text(), 40)
                        + expected));
        if (!field.type().supports(operator)) {
            throw error(token.position(), "operator \"" + operator.token() + "\" does not apply to "
                    + field.type().label() + " field \"" + field.name() + "\"" + expected);
        }
        return operator;
    }

    private List<Token> readValueTokens(Operator operator) {
        List<Token> values = new ArrayList<>();
        while (peek().kind() != Kind.END) {
            Token comma = peek();
            expectComma(null);
            if (values.size() == operator.arity().max()) {
                throw error(comma.position(), countMismatch(operator, values.size() + 1));
            }
            values.add(readValue());
        }
        if (values.size() < operator.arity().min()) {
            throw error(peek().position(), countMismatch(operator, values.size()));
        }
        return values;
    }

    private Token readValue() {
        Token token = advance();
        if (token.kind() == Kind.COMMA || token.kind() == Kind.END) {
            throw error(token.position(), "missing value; write \"\" for an empty string");
        }
        Token after = peek();
        if (token.kind() == Kind.BARE && after.kind() == Kind.QUOTED) {
            throw error(after.position(), "unexpected '\"' in an unquoted value; quote the whole value and write "
                    + "each '\"' inside it as \\\"");
        }
        return token;
    }

    private Object convert(QueryField field, Operator operator, Token token) {
        int length = token.text().codePointCount(0, token.text().length());
        if (length > QueryLimits.MAX_VALUE_LENGTH) {
            throw error(token.position(), "value is " + length + " characters long; the maximum is "
                    + QueryLimits.MAX_VALUE_LENGTH);
        }
        try {
            return ValueConverter.convert(field, operator, token.text());
        } catch (InvalidValueException e) {
            throw error(token.position(), e.getMessage());
        }
    }

    private void checkRange(List<Object> values, Token endToken) {
        OffsetDateTime start = (OffsetDateTime) values.get(0);
        OffsetDateTime end = (OffsetDateTime) values.get(1);
        if (start.isAfter(end)) {
            throw error(endToken.position(), "range end is before range start; expected the earlier timestamp first");
        }
    }

    private void expectComma(String missingDetail) {
        Token token = advance();
        if (token.kind() == Kind.COMMA) {
            return;
        }
        if (token.kind() == Kind.END && missingDetail != null) {
            throw error(token.position(), missingDetail);
        }
        String found = token.kind() == Kind.QUOTED ? "unexpected '\"'" : "unexpected text after the closing quote";
        throw error(token.position(), found + "; expected ','");
    }

    private static String countMismatch(Operator operator, int found) {
        String takes = "operator \"" + operator.token() + "\" takes " + operator.arity().description();
        if (found <= operator.arity().max()) {
            return takes + ", found " + (found == 0 ? "none" : Integer.toString(found));
        }
        return operator.arity() == Operator.Arity.ONE ? takes + "; quote a value that contains a comma" : takes;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token advance() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }

    private QueryException error(int position, String detail) {
        return QueryException.filter(index, raw, position, detail);
    }
}
