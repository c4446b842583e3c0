package dev.handoff.jira.users;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.util.SimpleErrorCollection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns Handoff's counts and failures into Jira's result types. Jira's types are built only here, so the handlers
 * can be tested without Jira's implementation classes.
 */
interface AnonymizationResults {

    Collection<AffectedEntity> entities(Map<HandoffUserData.Occurrence, Long> rows, AffectedEntityType type);

    ServiceResult result(List<String> errors);

    AnonymizationResults JIRA = new AnonymizationResults() {
        @Override
        public Collection<AffectedEntity> entities(Map<HandoffUserData.Occurrence, Long> rows, AffectedEntityType type) {
            List<AffectedEntity> out = new ArrayList<>();
            rows.forEach((occurrence, n) -> out.add(AffectedEntity.newBuilder(type)
                    .descriptionKey(occurrence.descriptionKey()).numberOfOccurrences(n).build()));
            return out;
        }

        @Override
        public ServiceResult result(List<String> errors) {
            SimpleErrorCollection collection = new SimpleErrorCollection();
            errors.forEach(collection::addErrorMessage);
            return new ServiceResultImpl(collection);
        }
    };
}
