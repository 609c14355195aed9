package io.connectorauth.common;

import java.net.URI;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * Renders a page as a JSON array with a {@code Link: <...>; rel="next"} header and, on request, {@code X-Total-Count}.
 */
public final class PageResponses {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PageResponses() {
    }

    public static Response of(PageResult<?> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page.items());
        URI next = nextLink(page, uri);
        if (next != null) {
            response.link(next, "next");
        }
        if (page.total() != null) {
            response.header(TOTAL_COUNT, page.total());
        }
        return response.build();
    }

    private static URI nextLink(PageResult<?> page, UriInfo uri) {
        UriBuilder builder = uri.getRequestUriBuilder();
        if (page.nextPage() != null) {
            return builder.replaceQueryParam("page", page.nextPage()).build();
        }
        if (page.nextCursor() != null) {
            return builder.replaceQueryParam("page")
                    .replaceQueryParam("cursor", page.nextCursor())
                    .build();
        }
        return null;
    }
}
