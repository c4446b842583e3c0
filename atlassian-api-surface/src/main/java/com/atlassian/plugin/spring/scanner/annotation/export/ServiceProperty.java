package com.atlassian.plugin.spring.scanner.annotation.export;

// Source: DEC-P6 atlassian-spring-scanner-annotation 3.0.4 (no @Target/@Retention in the real annotation: CLASS retention, used only inside @ExportAsService); §9.1
public @interface ServiceProperty {
    String key();

    String value();
}
