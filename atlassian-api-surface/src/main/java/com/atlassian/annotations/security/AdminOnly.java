package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Source: §15; P7-SEC
// UNVERIFIED: retention/targets not in the reference for this package; TYPE, METHOD, PACKAGE and RUNTIME taken from the REST 7.1.9
// equivalent (DEC-P6 com.atlassian.plugins.rest.common.security.LicensedOnly / AnonymousSiteAccess, §10.2).
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AdminOnly {
}
