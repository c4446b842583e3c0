package com.atlassian.jira.user.anonymize;

import java.util.Collection;

// Source: Jira 10.0/10.2 Javadoc of com.atlassian.jira.user.anonymize (UserKeyChangeHandler, OwnershipTransferHandler pages:
// superinterface AnonymizationHandler<P>, members getAffectedEntities/getNumberOfTasks/update, field DEFAULT_NUMBER_OF_TASKS,
// inherited validateBusinessLogic); CFR-decompiled Atlassian plugin handlers (streams JiraStreamsUsernameChangeHandler,
// whisper WhisperUserPropertiesAnonymizationHandler) for the parameter getters and the AffectedEntity builder. Since Jira 8.3.
// Module: <user-name-change-handler .../> (name by analogy with user-key-change-handler and ownership-transfer-handler).
// UNVERIFIED: the module element name; the interface shape is taken from the decompiled streams handler.
public interface UserNameChangeHandler extends AnonymizationHandler<UserPropertyChangeParameter> {
    Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter parameter);
}
