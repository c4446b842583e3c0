package com.atlassian.plugin.spring.scanner;

// Source: DEC-P6 atlassian-spring-scanner-annotation 3.0.4 com/atlassian/plugin/spring/scanner/ProductFilter.java (checked via search);
// §9.1 names the enum without its package. Its helper methods (hasProduct, getPerProductFile) are not mirrored.
public enum ProductFilter {
    ALL,
    JIRA,
    CONFLUENCE,
    BAMBOO,
    BITBUCKET,
    STASH,
    CROWD,
    FECRU,
    REFAPP
}
