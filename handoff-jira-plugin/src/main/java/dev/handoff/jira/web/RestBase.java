package dev.handoff.jira.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import dev.handoff.jira.HandoffKeys;

import java.util.regex.Pattern;

/** The path of Handoff's REST API under Jira's context path, for the shells the scripts start from. */
public final class RestBase {

    /** The context path part of the base URL: empty or "/segments" without quotes or markup. */
    private static final Pattern PATH_PATTERN = Pattern.compile("(/[A-Za-z0-9._~%-]+)*");

    private RestBase() {
    }

    /** {@code /rest/handoff/1.0} under the context path; a context path that is not a plain path counts as none. */
    public static String path(ApplicationProperties applicationProperties) {
        return contextPath(applicationProperties) + "/rest" + HandoffKeys.REST_BASE;
    }

    /** The relative base URL is Jira's context path ("" or e.g. "/jira"). */
    private static String contextPath(ApplicationProperties applicationProperties) {
        String base = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        if (base == null) {
            return "";
        }
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return PATH_PATTERN.matcher(base).matches() ? base : "";
    }
}
