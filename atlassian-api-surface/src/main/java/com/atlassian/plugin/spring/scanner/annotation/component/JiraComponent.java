package com.atlassian.plugin.spring.scanner.annotation.component;

import com.atlassian.plugin.spring.scanner.ProductFilter;
import com.atlassian.plugin.spring.scanner.annotation.OnlyInProduct;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Component;

// Source: DEC-P6 atlassian-spring-scanner-annotation 3.0.4; §9.1 (TYPE, PARAMETER, FIELD; RUNTIME; meta @Component @OnlyInProduct(JIRA))
@Target({ElementType.TYPE, ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Component
@OnlyInProduct(ProductFilter.JIRA)
public @interface JiraComponent {
    String value() default "";
}
