package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Source: DEC-P6 atlassian-spring-scanner-annotation 3.0.4 (TYPE, FIELD; RUNTIME); §9.1
@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsDevService {
    Class<?>[] value() default {};

    ServiceProperty[] properties() default {};
}
