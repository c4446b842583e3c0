package com.atlassian.plugin.web.baseconditions;

// Source: DEC-P6 webfragment-api 6.0.1 (supertype of Condition); SP-9 Import-Package
// UNVERIFIED: declared as an empty marker interface (its own members, if any, not in the reference).
public interface BaseCondition {
}
