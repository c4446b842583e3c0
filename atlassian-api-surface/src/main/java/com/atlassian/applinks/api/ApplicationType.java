package com.atlassian.applinks.api;

// Source: parameter type of ApplicationLinkService#getPrimaryApplicationLink(Class<? extends ApplicationType>).
// UNVERIFIED: members not mirrored (none used).
public interface ApplicationType {
}
