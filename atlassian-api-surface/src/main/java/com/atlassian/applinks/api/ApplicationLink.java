package com.atlassian.applinks.api;

import java.net.URI;

// Source: applinks-api; public plugins call createAuthenticatedRequestFactory() and getRpcUrl() + a REST path.
// UNVERIFIED: the real interface extends ReadOnlyApplicationLink (not declared); only these members mirrored.
public interface ApplicationLink {
    String getName();

    URI getRpcUrl();

    URI getDisplayUrl();

    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();
}
