package com.atlassian.audit.entity;

// Source: DEC-P6 atlassian-audit-api 1.16.2 (ChangedValue and ChangedValue.Builder)
// UNVERIFIED: atlassian-audit-api version shipped in Jira 10.3 (§11.1); members seen in 1.16.2 (Platform 6).
public class ChangedValue {
    public ChangedValue(String key) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public ChangedValue(String key, String to) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public ChangedValue(String key, String from, String to) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static Builder fromI18nKeys(String i18nKey) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    // UNVERIFIED: constructor not listed; only obtained via fromI18nKeys here, so private.
    public static class Builder {
        private Builder() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder from(String from) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder to(String to) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder withKeyTranslation(String keyTranslation) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public ChangedValue build() {
            throw new UnsupportedOperationException("compile-only surface");
        }
    }
}
