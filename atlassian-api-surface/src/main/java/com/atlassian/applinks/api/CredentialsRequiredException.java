package com.atlassian.applinks.api;

// Source: applinks-api; thrown by ApplicationLinkRequestFactory#createRequest when the current user has not
// authorised the link. UNVERIFIED: superclass Exception and the (AuthorisationURIGenerator, String) constructor.
// The constructor delegates to super so plugin tests can throw it.
public class CredentialsRequiredException extends Exception {
    private static final long serialVersionUID = 1L;

    public CredentialsRequiredException(AuthorisationURIGenerator authorisationURIGenerator, String message) {
        super(message);
    }
}
