package com.atlassian.query;

// Source: CONDEC MockSearchService (parameter type of SearchService#search); SLACK-J10 Import-Package com.atlassian.query
// UNVERIFIED: member list (getQueryString only; getWhereClause/getOrderByClause not mirrored) inferred.
public interface Query {
    String getQueryString();
}
