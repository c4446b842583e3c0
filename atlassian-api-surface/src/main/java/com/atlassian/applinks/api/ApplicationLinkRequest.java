package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;

// Source: applinks-api: public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response>.
// UNVERIFIED: its own execute(ApplicationLinkResponseHandler) is not mirrored (not used).
public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {
}
