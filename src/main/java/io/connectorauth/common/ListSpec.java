package io.connectorauth.common;

import java.util.List;

import io.connectorauth.query.QueryField;
import io.connectorauth.query.QueryFields;
import io.connectorauth.query.SortKey;

/**
 * The query scope of a list endpoint: its table and columns, the filterable and sortable fields, and the default order.
 *
 * @param columns the SELECT list, written by the endpoint, never by the client
 */
public record ListSpec(String table, String columns, QueryFields fields, List<SortKey> defaultSort,
        QueryField idField) {
}
