package com.atlassian.audit.entity;

// Source: DEC-P6 atlassian-audit-api 1.16.2 (AuditAttribute and AuditAttribute.Builder)
// UNVERIFIED: atlassian-audit-api version shipped in Jira 10.3 (§11.1); members seen in 1.16.2 (Platform 6).
public class AuditAttribute {
    public AuditAttribute(String name, String value) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static Builder fromI18nKeys(String nameI18nKey, String value) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: constructor not listed; only obtained via fromI18nKeys here, so private.
    public static class Builder {
        private Builder() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder withNameTranslation(String nameTranslation) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public AuditAttribute build() {
            throw new UnsupportedOperationException("compile-only surface");
        }
    }
}
