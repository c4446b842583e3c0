package com.atlassian.jira.web.bean;

// Source: CONDEC (raw PagerFilter parameter of SearchService#search); public-source snippets (getUnlimitedFilter)
// UNVERIFIED: declared non-generic as in the reference (the real class may be PagerFilter<T>; use it raw/diamond-free).
public class PagerFilter {
    // UNVERIFIED
    public PagerFilter(int max) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static PagerFilter getUnlimitedFilter() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED
    public static PagerFilter newPageAlignedFilter(int start, int max) {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
