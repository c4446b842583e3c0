package com.atlassian.jira.user.anonymize;

// Source: Jira 10.0/10.2 Javadoc of com.atlassian.jira.user.anonymize (UserKeyChangeHandler, OwnershipTransferHandler pages:
// superinterface AnonymizationHandler<P>, members getAffectedEntities/getNumberOfTasks/update, field DEFAULT_NUMBER_OF_TASKS,
// inherited validateBusinessLogic); CFR-decompiled Atlassian plugin handlers (streams JiraStreamsUsernameChangeHandler,
// whisper WhisperUserPropertiesAnonymizationHandler) for the parameter getters and the AffectedEntity builder. Since Jira 8.3.
// Built with newBuilder(type).descriptionKey(key).numberOfOccurrences(Long).build() in Atlassian's own handlers.
// UNVERIFIED: the getters (names inferred from the builder methods) and any further builder methods (links) are not declared.
public final class AffectedEntity {
    private AffectedEntity() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static Builder newBuilder(AffectedEntityType type) {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public static final class Builder {
        private Builder() {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder descriptionKey(String descriptionKey) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public Builder numberOfOccurrences(Long numberOfOccurrences) {
            throw new UnsupportedOperationException("compile-only surface");
        }

        public AffectedEntity build() {
            throw new UnsupportedOperationException("compile-only surface");
        }
    }
}
