package com.atlassian.velocity.htmlsafe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Source: SLACK-J9->J10 common-module diff (Jira 10 package, §6.1/§10.4); DEC-P6 decompiled HtmlSafe (RUNTIME, METHOD)
// The real annotation also carries the meta-annotations ReturnValueAnnotation and CollectionInheritable; not declared here.
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HtmlSafe {
}
