package io.connectorauth.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: its items, how to fetch the next page, and the total when the client asked for it.
 *
 * @param nextCursor the cursor of the next page, or null on the last page
 * @param nextPage the number of the next page when the client pages by number, or null
 * @param total the number of matching rows, or null when not requested
 */
public record PageResult<T>(List<T> items, String nextCursor, Integer nextPage, Long total) {

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), nextCursor, nextPage, total);
    }
}
