package dev.handoff.jira.users;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserAnonymizationHandler;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code <user-anonymization-handler>}: the user's names leave Handoff's text. Jira runs this before it changes the
 * key and the user name, so the key given here is still the one Handoff's rows hold.
 *
 * <p>The replacement is {@code user-} and five random hex digits, drawn once per anonymisation: the same person stays
 * one person within a note ("comment 4, user-3fa91" ... "comment 7, user-3fa91"), two anonymised people stay apart,
 * and nothing in it is derived from the person, so it cannot be traced back.
 */
@Named
public class HandoffUserAnonymizationHandler implements UserAnonymizationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HandoffUserAnonymizationHandler.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HandoffUserData data;
    private final UserManager users;
    private final AnonymizationResults results;
    private final Supplier<String> labels;

    @Inject
    public HandoffUserAnonymizationHandler(HandoffUserData data, @ComponentImport UserManager users) {
        this(data, users, AnonymizationResults.JIRA, HandoffUserAnonymizationHandler::randomLabel);
    }

    HandoffUserAnonymizationHandler(HandoffUserData data, UserManager users, AnonymizationResults results,
                                    Supplier<String> labels) {
        this.data = data;
        this.users = users;
        this.results = results;
        this.labels = labels;
    }

    static String randomLabel() {
        byte[] bytes = new byte[3];
        RANDOM.nextBytes(bytes);
        return "user-" + HexFormat.of().formatHex(bytes).substring(0, 5);
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserAnonymizationParameter parameter) {
        String key = parameter.getUserKey();
        long rows = data.nameOccurrences(key, names(key));
        return results.entities(rows == 0 ? Map.of() : Map.of(HandoffUserData.Occurrence.NAMES, rows), AffectedEntityType.ANONYMIZE);
    }

    @Override
    public int getNumberOfTasks(UserAnonymizationParameter parameter) {
        return data.anonymisationSteps(names(parameter.getUserKey()));
    }

    @Override
    public ServiceResult update(UserAnonymizationParameter parameter) {
        String key = parameter.getUserKey();
        HandoffUserData.Outcome outcome = data.anonymise(key, names(key), labels.get(),
                () -> parameter.getContext().start(null).complete());
        LOG.info("Handoff anonymised a user's names in {} rows ({} failures)", outcome.rows(), outcome.errors().size());
        return results.result(outcome.errors());
    }

    private Set<String> names(String key) {
        ApplicationUser user = users.getUserByKey(key);
        return data.namesOf(key, user == null ? null : user.getDisplayName());
    }
}
