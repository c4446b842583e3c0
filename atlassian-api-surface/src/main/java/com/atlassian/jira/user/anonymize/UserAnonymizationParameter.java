package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.task.context.Context;

// Source: Jira 10.0/10.2 Javadoc of com.atlassian.jira.user.anonymize (UserKeyChangeHandler, OwnershipTransferHandler pages:
// superinterface AnonymizationHandler<P>, members getAffectedEntities/getNumberOfTasks/update, field DEFAULT_NUMBER_OF_TASKS,
// inherited validateBusinessLogic); CFR-decompiled Atlassian plugin handlers (streams JiraStreamsUsernameChangeHandler,
// whisper WhisperUserPropertiesAnonymizationHandler) for the parameter getters and the AffectedEntity builder. Since Jira 8.3.
// UNVERIFIED: class (not interface) and its supertype; only the two getters Handoff calls are declared.
public class UserAnonymizationParameter {
    private UserAnonymizationParameter() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public String getUserKey() {
        throw new UnsupportedOperationException("compile-only surface");
    }

    public Context getContext() {
        throw new UnsupportedOperationException("compile-only surface");
    }
}
