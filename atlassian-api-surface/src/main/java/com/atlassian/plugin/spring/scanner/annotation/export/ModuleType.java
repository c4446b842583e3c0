package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Source: DEC-P6 atlassian-spring-scanner-annotation 3.0.4 (TYPE; RUNTIME; meta @ExportAsService); §9.1
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExportAsService
public @interface ModuleType {
    Class<?>[] value() default {};

    ServiceProperty[] properties() default {};
}
