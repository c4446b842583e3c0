package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

// Source: DEC-P6 sal-api 5.1.4; injected in SP-10 StartSessionWorkflowFunction
public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key);

    String getRawText(String key);

    Map<String, String> getAllTranslationsForPrefix(String prefix);
}
