package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

// Source: applinks-api ApplicationLinkRequestFactory: createRequest(Request.MethodType, String) throws
// CredentialsRequiredException; a relative URL is resolved against the link's RPC URL (AbsoluteURLRequestFactory).
// UNVERIFIED: the supertype AuthorisationURIGenerator is not declared.
public interface ApplicationLinkRequestFactory {
    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
