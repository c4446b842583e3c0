package com.atlassian.audit.entity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

// Source: DEC-P6 atlassian-audit-api 1.16.2 (AuditEvent and AuditEvent.Builder)
// UNVERIFIED: atlassian-audit-api version shipped in Jira 10.3 (§11.1); members seen in 1.16.2 (Platform 6).
// Only built through its Builder here, so no public constructor is exposed (private).
public class AuditEvent {
    private AuditEvent() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static Builder builder(AuditType type) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static Builder builder(String action, String category, CoverageLevel level) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static Builder fromI18nKeys(String categoryI18nKey, String actionI18nKey, CoverageLevel level) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static Builder fromI18nKeys(String categoryI18nKey, String actionI18nKey, CoverageLevel level, CoverageArea area) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public String getAction() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public String getActionI18nKey() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public String getCategory() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public String getCategoryI18nKey() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CoverageArea getArea() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public CoverageLevel getLevel() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public List<AuditResource> getAffectedObjects() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public List<ChangedValue> getChangedValues() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Collection<AuditAttribute> getExtraAttributes() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Optional<String> getExtraAttribute(String name) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static class Builder {
        public Builder(AuditType type) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder(String action, String category, CoverageLevel level) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder(String action, String category, CoverageLevel level, CoverageArea area) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder(AuditEvent event) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder action(String action) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder actionI18nKey(String actionI18nKey) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder category(String category) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder categoryI18nKey(String categoryI18nKey) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder level(CoverageLevel level) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder area(CoverageArea area) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder affectedObject(AuditResource affectedObject) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder affectedObjects(List<AuditResource> affectedObjects) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder appendAffectedObjects(List<AuditResource> affectedObjects) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder changedValue(ChangedValue changedValue) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder changedValues(List<ChangedValue> changedValues) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder appendChangedValues(Collection<ChangedValue> changedValues) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder addChangedValueIfDifferent(ChangedValue changedValue) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder extraAttribute(AuditAttribute extraAttribute) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder extraAttributes(Collection<AuditAttribute> extraAttributes) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder appendExtraAttributes(Collection<AuditAttribute> extraAttributes) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public AuditEvent build() {
            throw new UnsupportedOperationException("compile-only surface");
        }
    }
}
