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

    public static JqlClauseBuilder newClauseBuilder() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public JqlClauseBuilder where() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Query buildQuery() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
