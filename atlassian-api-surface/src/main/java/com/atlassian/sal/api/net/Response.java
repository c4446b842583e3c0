package com.atlassian.sal.api.net;

// Source: sal-api Response (MockResponse in public plugin test code takes body, status code, success flag, headers)
// UNVERIFIED: member list (getStatusCode, getResponseBodyAsString, getHeader) only.
public interface Response {
    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;

    String getHeader(String name);
}
