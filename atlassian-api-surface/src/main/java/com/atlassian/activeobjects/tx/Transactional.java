package com.atlassian.activeobjects.tx;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Source: DEC-P6 activeobjects-plugin 5.2.1 com/atlassian/activeobjects/tx/Transactional.java (checked via search; not listed in jira-api.md)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Inherited
@Documented
public @interface Transactional {
}
