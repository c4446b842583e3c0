package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Source: brief; P7-SEC; this package is imported by public Jira DC plugin sources found via search (e.g. Atlassian cpji).
// NOTE: SLACK-J10 uses the REST v2 copy com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess (§10.3).
// UNVERIFIED: retention/targets not in the reference for this package; TYPE, METHOD, PACKAGE and RUNTIME taken from the REST 7.1.9
// equivalent (DEC-P6 com.atlassian.plugins.rest.common.security.LicensedOnly / AnonymousSiteAccess, §10.2).
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AnonymousSiteAccess {
}
