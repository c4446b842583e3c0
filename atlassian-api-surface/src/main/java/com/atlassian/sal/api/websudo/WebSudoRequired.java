package com.atlassian.sal.api.websudo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Source: DEC-P6 sal-api 5.1.4 (PACKAGE/METHOD/TYPE, @Inherited)
// UNVERIFIED: retention (RUNTIME inferred; the reference gives targets and @Inherited only).
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PACKAGE, ElementType.METHOD, ElementType.TYPE})
@Inherited
public @interface WebSudoRequired {
}
