package com.atlassian.applinks.api;

import java.net.URI;

// Source: applinks-api; ApplicationLinkRequestFactory implementations provide both methods.
public interface AuthorisationURIGenerator {
    URI getAuthorisationURI();

    URI getAuthorisationURI(URI callback);
}
