package com.atlassian.audit.entity;

// Source: DEC-P6 atlassian-audit-api 1.16.2 (AuditResource and AuditResource.Builder)
// UNVERIFIED: atlassian-audit-api version shipped in Jira 10.3 (§11.1); members seen in 1.16.2 (Platform 6).
// Only built through builder(...) here, so no public constructors are exposed (private).
public class AuditResource {
    private AuditResource() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static Builder builder(String name, String type) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static class Builder {
        private Builder() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder name(String name) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder type(String type) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder uri(String uri) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder id(String id) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public AuditResource build() {
            throw new UnsupportedOperationException("compile-only surface");
        }
    }
}
