package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

// Source: SLACK-J10.7 (endWhere); §12 (clause method names)
// addClause(Clause) not mirrored (com.atlassian.query.clause types not needed).
public interface JqlClauseBuilder {
    // UNVERIFIED: clause method name.
    JqlClauseBuilder project(String... projectKeys);

    // UNVERIFIED: clause method name.
    JqlClauseBuilder issueType(String... issueTypes);

    // UNVERIFIED: clause method name.
    JqlClauseBuilder status(String... statuses);

    // UNVERIFIED: clause method name.
    JqlClauseBuilder summary(String value);

    // UNVERIFIED: clause method name.
    JqlClauseBuilder addStringCondition(String clauseName, String clauseValue);

    // UNVERIFIED: clause method name.
    JqlClauseBuilder and();

    // UNVERIFIED: clause method name.
    JqlClauseBuilder or();

    // UNVERIFIED: clause method name.
    JqlClauseBuilder not();

    // UNVERIFIED: clause method name.
    JqlClauseBuilder sub();

    // UNVERIFIED: clause method name.
    JqlClauseBuilder endsub();

    JqlQueryBuilder endWhere();

    // UNVERIFIED: clause method name.
    Query buildQuery();
}
