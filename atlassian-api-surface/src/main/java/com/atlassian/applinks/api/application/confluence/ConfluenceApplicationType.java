package com.atlassian.applinks.api.application.confluence;

import com.atlassian.applinks.api.ApplicationType;

// Source: applinks-api; passed as the type to ApplicationLinkService#getPrimaryApplicationLink.
// UNVERIFIED: its real supertypes beyond ApplicationType; no members used.
public interface ConfluenceApplicationType extends ApplicationType {
}
