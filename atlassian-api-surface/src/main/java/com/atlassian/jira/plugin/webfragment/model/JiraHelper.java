package com.atlassian.jira.plugin.webfragment.model;

import com.atlassian.jira.project.Project;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;

// Source: DOC-7 /jira/latest/.../JiraHelper.html; javax.servlet in Jira 9 and 10 (§4.3)
public class JiraHelper {
    public JiraHelper() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public JiraHelper(HttpServletRequest request) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public JiraHelper(HttpServletRequest request, Project project) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public JiraHelper(HttpServletRequest request, Project project, Map<String, Object> params) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public HttpServletRequest getRequest() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Project getProject() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Map<String, Object> getContextParams() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public String getQueryString() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
