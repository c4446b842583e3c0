package com.atlassian.event.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Source: §8.4 (GROOVY: on a public one-arg method)
// UNVERIFIED: retention/target (RUNTIME/METHOD inferred from "on a public one-arg method").
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
