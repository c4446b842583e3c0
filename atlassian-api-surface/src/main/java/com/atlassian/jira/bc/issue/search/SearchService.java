package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

// Source: CONDEC MockSearchService (jira-api 8.8.1); SLACK-J10 injects it and uses parseQuery (Jira 10.0)
public interface SearchService {
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    long searchCount(ApplicationUser searcher, Query query) throws SearchException;

    ParseResult parseQuery(ApplicationUser searcher, String query);

    MessageSet validateQuery(ApplicationUser searcher, Query query);

    // Source: SLACK-J10 (getQuery, isValid); getErrors per §12.
    // UNVERIFIED: constructor (Query, MessageSet) and final-class shape inferred.
    final class ParseResult {
        public ParseResult(Query query, MessageSet errors) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Query getQuery() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public MessageSet getErrors() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public boolean isValid() {
            throw new UnsupportedOperationException("compile-only surface");
        }
    }
}
