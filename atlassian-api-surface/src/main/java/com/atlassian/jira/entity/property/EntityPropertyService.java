package com.atlassian.jira.entity.property;

import io.atlassian.fugue.Option;

// Source: jira-api EntityPropertyService and its nested PropertyResult (getEntityProperty() returns a fugue Option).
// UNVERIFIED: PropertyResult's superclass (ServiceResultImpl) and the interface's other members are not declared.
public interface EntityPropertyService {

    class PropertyResult {
        protected PropertyResult() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Option<EntityProperty> getEntityProperty() {
            throw new UnsupportedOperationException("compile-only surface");
        }
    }
}
