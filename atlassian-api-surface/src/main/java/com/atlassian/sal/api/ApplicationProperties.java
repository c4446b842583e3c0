package com.atlassian.sal.api;

import java.nio.file.Path;
import java.util.Optional;

// Source: DEC-P6 sal-api 5.1.4. Not to be confused with com.atlassian.jira.config.properties.ApplicationProperties.
// Deprecated members (getBaseUrl(), getHomeDirectory(), getPropertyValue) are not mirrored.
public interface ApplicationProperties {
    String PLATFORM_JIRA = "jira";

    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();

    String getPlatformId();

    String getVersion();

    String getBuildNumber();

    Optional<Path> getLocalHomeDirectory();

    Optional<Path> getSharedHomeDirectory();

    String getApplicationFileEncoding();
}
