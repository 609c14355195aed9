package io.connectorauth.query;

import static io.connectorauth.query.QueryAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void ofUsesDefaultsForMissingParameters() {
        assertEquals(new PageRequest(1, 50, null, false), PageRequest.of(null, null, null, null));
    }

    @Test
    void ofReadsAllParameters() {
        assertEquals(new PageRequest(3, 500, null, true), PageRequest.of("3", "500", null, "true"));
    }

    @Test
    void ofReadsCursor() {
        PageRequest request = PageRequest.of(null, "10", "abc", "false");
        assertEquals("abc", request.cursor());
        assertTrue(request.hasCursor());
        assertEquals(0L, request.offset());
    }

    @Test
    void offsetSkipsPreviousPages() {
        assertEquals(40L, PageRequest.of("3", "20", null, null).offset());
    }

    @Test
    void offsetDoesNotOverflow() {
        PageRequest request = PageRequest.of(Integer.toString(Integer.MAX_VALUE), "500", null, null);
        assertEquals((Integer.MAX_VALUE - 1L) * 500L, request.offset());
    }

    @Test
    void ofWithoutCursorHasNoCursor() {
        PageRequest request = PageRequest.of("1", null, null, null);
        assertFalse(request.hasCursor());
        assertNull(request.cursor());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "", "abc", "1.5", " 1", "+1", "2147483648", "99999999999", "\uFF11"})
    void ofRejectsInvalidPage(String page) {
        QueryException error = assertRejected(() -> PageRequest.of(page, null, null, null), "page", -1, -1);
        assertTrue(error.getMessage().contains("expected an integer from 1 to 2147483647"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "", "fifty", "-5", "1e2"})
    void ofRejectsInvalidPerPage(String perPage) {
        QueryException error = assertRejected(() -> PageRequest.of(null, perPage, null, null), "per_page", -1, -1);
        assertTrue(error.getMessage().contains("expected an integer from 1 to 500"), error.getMessage());
    }

    @Test
    void ofAcceptsPerPageBounds() {
        assertEquals(1, PageRequest.of(null, "1", null, null).perPage());
        assertEquals(500, PageRequest.of(null, "500", null, null).perPage());
    }

    @Test
    void ofAcceptsLeadingZeros() {
        assertEquals(7, PageRequest.of("007", null, null, null).page());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRUE", "1", "yes", "", "false "})
    void ofRejectsInvalidCount(String count) {
        QueryException error = assertRejected(() -> PageRequest.of(null, null, null, count), "count", -1, -1);
        assertTrue(error.getMessage().contains("expected true or false"), error.getMessage());
    }

    @Test
    void ofRejectsPageWithCursor() {
        QueryException error = assertRejected(() -> PageRequest.of("2", null, "abc", null), "page", -1, -1);
        assertTrue(error.getMessage().contains("page and cursor cannot be combined"), error.getMessage());
    }

    @Test
    void ofRejectsEmptyCursor() {
        QueryException error = assertRejected(() -> PageRequest.of(null, null, "", null), "cursor", -1, -1);
        assertEquals("invalid cursor", error.getMessage());
    }

    @Test
    void ofRejectsOverlongCursor() {
        String cursor = "A".repeat(QueryLimits.MAX_CURSOR_LENGTH + 1);
        assertRejected(() -> PageRequest.of(null, null, cursor, null), "cursor", -1, -1);
    }

    @Test
    void constructorRejectsPageWithCursor() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(2, 10, "abc", false));
    }

    @Test
    void constructorRejectsPerPageAboveMaximum() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(1, 501, null, false));
    }
}
