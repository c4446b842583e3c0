package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.bc.ServiceResult;

// Source: Jira 10.0/10.2 Javadoc of com.atlassian.jira.user.anonymize (UserKeyChangeHandler, OwnershipTransferHandler pages:
// superinterface AnonymizationHandler<P>, members getAffectedEntities/getNumberOfTasks/update, field DEFAULT_NUMBER_OF_TASKS,
// inherited validateBusinessLogic); CFR-decompiled Atlassian plugin handlers (streams JiraStreamsUsernameChangeHandler,
// whisper WhisperUserPropertiesAnonymizationHandler) for the parameter getters and the AffectedEntity builder. Since Jira 8.3.
// Not mirrored: DEFAULT_NUMBER_OF_TASKS (value not seen; javac would inline it) and validateBusinessLogic (not used;
// it is inherited by handlers that do not implement it, so it has a default in Jira).
// UNVERIFIED: whether getNumberOfTasks has a default body in Jira (declared abstract here; Handoff implements it either way).
public interface AnonymizationHandler<T> {
    ServiceResult update(T parameter);

    int getNumberOfTasks(T parameter);
}
