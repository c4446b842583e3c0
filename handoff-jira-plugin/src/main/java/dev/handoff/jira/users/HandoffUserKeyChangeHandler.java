package dev.handoff.jira.users;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserKeyChangeHandler;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Collection;

/**
 * {@code <user-key-change-handler>}: when Jira gives a user a new key (anonymisation turns {@code jdoe} into
 * {@code JIRAUSER10100}), Handoff's rows and the people its drafts cite follow the new key.
 */
@Named
public class HandoffUserKeyChangeHandler implements UserKeyChangeHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HandoffUserKeyChangeHandler.class);

    private final HandoffUserData data;
    private final AnonymizationResults results;

    @Inject
    public HandoffUserKeyChangeHandler(HandoffUserData data) {
        this(data, AnonymizationResults.JIRA);
    }

    HandoffUserKeyChangeHandler(HandoffUserData data, AnonymizationResults results) {
        this.data = data;
        this.results = results;
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter parameter) {
        return results.entities(data.keyOccurrences(parameter.getOriginal()), AffectedEntityType.ANONYMIZE);
    }

    @Override
    public int getNumberOfTasks(UserPropertyChangeParameter parameter) {
        return data.keyChangeSteps();
    }

    @Override
    public ServiceResult update(UserPropertyChangeParameter parameter) {
        HandoffUserData.Outcome outcome = data.changeKey(parameter.getOriginal(), parameter.getTarget(),
                () -> parameter.getContext().start(null).complete());
        LOG.info("Handoff moved {} rows to a changed user key ({} failures)", outcome.rows(), outcome.errors().size());
        return results.result(outcome.errors());
    }
}
