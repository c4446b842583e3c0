package com.atlassian.plugin.web.api.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

// Source: SLACK-J9->J10 diff of IssueWebPanel.java (Jira 10 package); DEC-P6 webfragment-api 6.0.1 (members, 9.x package)
public interface WebPanel {
    String getHtml(Map<String, Object> context);

    void writeHtml(Writer writer, Map<String, Object> context) throws IOException;
}
