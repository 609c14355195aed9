package io.connectorauth.common;

import java.util.List;

import jakarta.ws.rs.QueryParam;

/**
 * The query parameters every list endpoint takes, as sent. Validation happens in the query package.
 */
public class ListParams {

    @QueryParam("filter")
    public List<String> filter;

    @QueryParam("sort")
    public String sort;

    @QueryParam("page")
    public String page;

    @QueryParam("per_page")
    public String perPage;

    @QueryParam("cursor")
    public String cursor;

    @QueryParam("count")
    public String count;
}
