package com.atlassian.applinks.api;

// Source: applinks-api ApplicationLinkService (public decompiled copies and test doubles agree):
// getApplicationLinks(Class<? extends ApplicationType>), getPrimaryApplicationLink(Class<? extends ApplicationType>).
public interface ApplicationLinkService {
    Iterable<ApplicationLink> getApplicationLinks(Class<? extends ApplicationType> type);

    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
