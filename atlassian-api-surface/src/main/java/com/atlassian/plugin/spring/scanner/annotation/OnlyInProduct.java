package com.atlassian.plugin.spring.scanner.annotation;

import com.atlassian.plugin.spring.scanner.ProductFilter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Source: DEC-P6 atlassian-spring-scanner-annotation 3.0.4 (ANNOTATION_TYPE, RUNTIME); §9.1
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OnlyInProduct {
    ProductFilter value();
}
