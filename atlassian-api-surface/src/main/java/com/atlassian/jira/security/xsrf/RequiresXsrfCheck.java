package com.atlassian.jira.security.xsrf;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Source: §4.6 (on webwork action doExecute); package com.atlassian.jira.security.xsrf imported by SLACK-J9/J10, SP-10
// UNVERIFIED: package of the annotation, retention and target (RUNTIME / METHOD inferred).
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresXsrfCheck {
}
