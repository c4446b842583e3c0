package com.atlassian.jira.util;

// Source: jira-api I18nHelper (public API since 4.x; getText(String, String[, String]) overloads also on crowd's I18nHelper)
// UNVERIFIED: member list for Jira 10; only the overloads Handoff calls are declared.
public interface I18nHelper {
    String getText(String key);

    String getText(String key, String value1);

    String getText(String key, String value1, String value2);
}
