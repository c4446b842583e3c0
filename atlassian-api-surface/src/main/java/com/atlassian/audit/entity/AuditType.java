package com.atlassian.audit.entity;

// Source: DEC-P6 atlassian-audit-api 1.16.2 (AuditType and AuditType.Builder)
// UNVERIFIED: atlassian-audit-api version shipped in Jira 10.3 (§11.1); members seen in 1.16.2 (Platform 6).
public class AuditType {
    public AuditType(CoverageArea area, String category, String action, CoverageLevel level) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static Builder fromI18nKeys(CoverageArea area, CoverageLevel level, String categoryI18nKey, String actionI18nKey) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: constructor not listed; only obtained via fromI18nKeys here, so private.
    public static class Builder {
        private Builder() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder withCategoryTranslation(String categoryTranslation) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder withActionTranslation(String actionTranslation) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public AuditType build() {
            throw new UnsupportedOperationException("compile-only surface");
        }
    }
}
