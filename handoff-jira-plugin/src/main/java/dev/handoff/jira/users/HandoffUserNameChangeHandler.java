package dev.handoff.jira.users;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserNameChangeHandler;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Collection;
import java.util.Map;

/**
 * {@code <user-name-change-handler>}: Handoff stores keys, not user names, but the text it keeps (facts quoted from
 * comments, approved notes) can hold Jira mentions, {@code [~jdoe]}; they are rewritten to the new name, which also
 * takes the old user name out of Handoff's records when a user is anonymised.
 */
@Named
public class HandoffUserNameChangeHandler implements UserNameChangeHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HandoffUserNameChangeHandler.class);

    private final HandoffUserData data;
    private final AnonymizationResults results;

    @Inject
    public HandoffUserNameChangeHandler(HandoffUserData data) {
        this(data, AnonymizationResults.JIRA);
    }

    HandoffUserNameChangeHandler(HandoffUserData data, AnonymizationResults results) {
        this.data = data;
        this.results = results;
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter parameter) {
        long rows = data.mentionOccurrences(parameter.getOriginal());
        return results.entities(rows == 0 ? Map.of() : Map.of(HandoffUserData.Occurrence.MENTIONS, rows),
                AffectedEntityType.ANONYMIZE);
    }

    @Override
    public int getNumberOfTasks(UserPropertyChangeParameter parameter) {
        return data.userNameChangeSteps();
    }

    @Override
    public ServiceResult update(UserPropertyChangeParameter parameter) {
        HandoffUserData.Outcome outcome = data.changeUserName(parameter.getOriginal(), parameter.getTarget(),
                () -> parameter.getContext().start(null).complete());
        LOG.info("Handoff rewrote mentions of a renamed user in {} rows ({} failures)", outcome.rows(), outcome.errors().size());
        return results.result(outcome.errors());
    }
}
