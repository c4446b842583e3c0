package com.atlassian.sal.api.auth;

import java.net.URI;

// Source: DEC-P6 sal-api 5.1.4 (overloads taking PageCapability/UserRole omitted)
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
