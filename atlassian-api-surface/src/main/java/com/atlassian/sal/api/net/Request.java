package com.atlassian.sal.api.net;

// Source: sal-api Request as implemented by MockApplicationLinkRequest (public plugin test code): fluent setters
// returning T, execute(ResponseHandler), executeAndReturn(ReturningResponseHandler). Only the members Handoff calls.
// UNVERIFIED: MethodType constants other than GET; the real interface has more members (setUrl, setRequestBody, ...).
public interface Request<T extends Request<?, ?>, RESP extends Response> {

    enum MethodType { GET, POST, PUT, DELETE, HEAD, TRACE, OPTIONS }

    T setConnectionTimeout(int connectionTimeout);

    T setSoTimeout(int soTimeout);

    T addHeader(String headerName, String headerValue);

    T setFollowRedirects(boolean follow);

    <RET> RET executeAndReturn(ReturningResponseHandler<? super RESP, RET> responseHandler) throws ResponseException;
}
