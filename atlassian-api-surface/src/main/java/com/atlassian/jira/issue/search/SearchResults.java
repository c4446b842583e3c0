package com.atlassian.jira.issue.search;

import java.util.List;

// Source: CONDEC (new SearchResults<Issue>(list, 1, 1, 0)); generic since Jira 8.0, still generic in JSW-DOC 11.1
public class SearchResults<T> {
    public SearchResults(List<T> results, int total, int maxResults, int startIndex) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public List<T> getResults() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public int getTotal() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public int getStart() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public int getEnd() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
