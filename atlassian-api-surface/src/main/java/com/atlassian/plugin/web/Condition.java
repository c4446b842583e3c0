package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.baseconditions.BaseCondition;
import java.util.Map;

// Source: DEC-P6 webfragment-api 6.0.1; same package imported in SLACK-J10
public interface Condition extends BaseCondition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
