package com.atlassian.jira.user.anonymize;

import java.util.Collection;

// Source: Jira 10.0/10.2 Javadoc of com.atlassian.jira.user.anonymize (UserKeyChangeHandler, OwnershipTransferHandler pages:
// superinterface AnonymizationHandler<P>, members getAffectedEntities/getNumberOfTasks/update, field DEFAULT_NUMBER_OF_TASKS,
// inherited validateBusinessLogic); CFR-decompiled Atlassian plugin handlers (streams JiraStreamsUsernameChangeHandler,
// whisper WhisperUserPropertiesAnonymizationHandler) for the parameter getters and the AffectedEntity builder. Since Jira 8.3.
// Module: <user-anonymization-handler .../>. Second step, after ownership transfer and before the key and name changes
// (dev docs "Anonymizing users"), so getUserKey() is still the user's old key.
// UNVERIFIED: the module element name (by analogy, as above).
public interface UserAnonymizationHandler extends AnonymizationHandler<UserAnonymizationParameter> {
    Collection<AffectedEntity> getAffectedEntities(UserAnonymizationParameter parameter);
}
