package com.atlassian.sal.api.net;

// Source: ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R> (applinks-api source)
// UNVERIFIED: the single method's name and throws clause.
public interface ReturningResponseHandler<T extends Response, R> {
    R handle(T response) throws ResponseException;
}
