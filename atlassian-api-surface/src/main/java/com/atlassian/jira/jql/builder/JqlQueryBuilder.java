package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

// Source: SLACK-J10 (newBuilder(Query)), SLACK-J10.7 (where().addClause(...).endWhere()...buildQuery()); §12
// orderBy()/JqlOrderByBuilder not mirrored (not needed).
public class JqlQueryBuilder {
    private JqlQueryBuilder() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static JqlQueryBuilder newBuilder() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static JqlQueryBuilder newBuilder(Query existingQuery) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: method name (§12 lists it; not seen in a 10.x source).
    public static JqlClauseBuilder newClauseBuilder() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public JqlClauseBuilder where() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: seen only on the order-by builder in SLACK-J10.7.
    public Query buildQuery() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
