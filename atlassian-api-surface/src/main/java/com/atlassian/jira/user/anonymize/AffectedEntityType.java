package com.atlassian.jira.user.anonymize;

// Source: Jira 10.0/10.2 Javadoc of com.atlassian.jira.user.anonymize (UserKeyChangeHandler, OwnershipTransferHandler pages:
// superinterface AnonymizationHandler<P>, members getAffectedEntities/getNumberOfTasks/update, field DEFAULT_NUMBER_OF_TASKS,
// inherited validateBusinessLogic); CFR-decompiled Atlassian plugin handlers (streams JiraStreamsUsernameChangeHandler,
// whisper WhisperUserPropertiesAnonymizationHandler) for the parameter getters and the AffectedEntity builder. Since Jira 8.3.
// UNVERIFIED: the full constant list (ANONYMIZE and REMOVE seen; the transfer constant is not used by Handoff).
public enum AffectedEntityType {
    ANONYMIZE,
    REMOVE
}
