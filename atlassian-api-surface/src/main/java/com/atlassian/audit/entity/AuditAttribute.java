package com.atlassian.audit.entity;

// Source: DEC-P6 atlassian-audit-api 1.16.2 (AuditAttribute and AuditAttribute.Builder)
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
