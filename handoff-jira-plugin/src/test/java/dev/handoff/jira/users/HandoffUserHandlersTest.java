package dev.handoff.jira.users;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.task.context.Context;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import com.atlassian.jira.user.util.UserManager;
import dev.handoff.jira.fakes.InMemoryUserData;
import dev.handoff.jira.users.HandoffUserData.Occurrence;
import dev.handoff.jira.users.UserDataStore.KeyColumn;
import dev.handoff.jira.users.UserDataStore.TextColumn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The three Jira handlers over the in-memory store: what Jira is shown, how progress is reported, what is returned. */
class HandoffUserHandlersTest {

    /** Records what the handlers hand to Jira instead of building Jira's implementation classes. */
    static final class RecordingResults implements AnonymizationResults {
        final List<Map<Occurrence, Long>> shown = new ArrayList<>();
        final List<AffectedEntityType> types = new ArrayList<>();
        final List<List<String>> errors = new ArrayList<>();
        final ServiceResult result = mock(ServiceResult.class);

        @Override
        public Collection<AffectedEntity> entities(Map<Occurrence, Long> rows, AffectedEntityType type) {
            shown.add(Map.copyOf(rows));
            types.add(type);
            return List.of();
        }

        @Override
        public ServiceResult result(List<String> errors) {
            this.errors.add(errors);
            return result;
        }
    }

    private final InMemoryUserData store = new InMemoryUserData();
    private final HandoffUserData data = new HandoffUserData(store);
    private final RecordingResults results = new RecordingResults();
    private final Context context = mock(Context.class);
    private final Context.Task task = mock(Context.Task.class);

    @BeforeEach
    void progress() {
        when(context.start(null)).thenReturn(task);
    }

    private UserPropertyChangeParameter change(String from, String to) {
        UserPropertyChangeParameter p = mock(UserPropertyChangeParameter.class);
        when(p.getOriginal()).thenReturn(from);
        when(p.getTarget()).thenReturn(to);
        when(p.getContext()).thenReturn(context);
        return p;
    }

    @Test
    void theKeyHandlerShowsTheRowsPerKindAndCompletesAsManyTasksAsItAnnounced() {
        store.key(KeyColumn.ESCALATION_REQUESTER, 1, "jdoe").key(KeyColumn.METRIC_ACTOR, 1, "jdoe").key(KeyColumn.METRIC_ACTOR, 2, "jdoe");
        HandoffUserKeyChangeHandler handler = new HandoffUserKeyChangeHandler(data, results);
        UserPropertyChangeParameter p = change("jdoe", "JIRAUSER10100");

        handler.getAffectedEntities(p);
        int tasks = handler.getNumberOfTasks(p);
        ServiceResult result = handler.update(p);

        assertThat(results.shown).containsExactly(Map.of(Occurrence.ESCALATIONS, 1L, Occurrence.METRICS, 2L));
        assertThat(results.types).containsExactly(AffectedEntityType.ANONYMIZE);
        assertThat(tasks).isEqualTo(6);
        verify(task, times(6)).complete();
        assertThat(result).isSameAs(results.result);
        assertThat(results.errors).containsExactly(List.of());
        assertThat(store.count(KeyColumn.METRIC_ACTOR, "JIRAUSER10100")).isEqualTo(2);
    }

    @Test
    void theKeyHandlerPassesAFailureOnToJira() {
        store.key(KeyColumn.AUDIT_ACTOR, 1, "jdoe");
        store.failing.add(KeyColumn.AUDIT_ACTOR);

        new HandoffUserKeyChangeHandler(data, results).update(change("jdoe", "JIRAUSER10100"));

        assertThat(results.errors).singleElement().asList().singleElement().asString().startsWith("Handoff could not update AUDIT_ACTOR");
    }

    @Test
    void theNameHandlerShowsNothingForAUserNobodyMentionedAndRewritesMentions() {
        HandoffUserNameChangeHandler handler = new HandoffUserNameChangeHandler(data, results);
        handler.getAffectedEntities(change("jdoe", "jirauser10100"));
        store.text(TextColumn.DRAFT_NOTE, 1, "Ask [~jdoe].");
        handler.getAffectedEntities(change("jdoe", "jirauser10100"));

        handler.update(change("jdoe", "jirauser10100"));

        assertThat(results.shown).containsExactly(Map.of(), Map.of(Occurrence.MENTIONS, 1L));
        assertThat(store.text(TextColumn.DRAFT_NOTE, 1)).isEqualTo("Ask [~jirauser10100].");
        verify(task, times(handler.getNumberOfTasks(change("jdoe", "jirauser10100")))).complete();
    }

    @Test
    void theAnonymisationHandlerUsesTheStoredAndTheCurrentNameAndOneLabelForTheWholeRun() {
        store.text(TextColumn.DRAFT_APPROVED_TEXT, 1, "Crash (comment 4, Jane Doe). Printer (comment 6, J. Doe).")
                .text(TextColumn.DRAFT_JSON, 1, "{\"sources\":[{\"author\":{\"key\":\"jdoe\",\"displayName\":\"J. Doe\"}}]}");
        UserManager users = mock(UserManager.class);
        ApplicationUser jane = mock(ApplicationUser.class);
        when(jane.getDisplayName()).thenReturn("Jane Doe");
        when(users.getUserByKey("jdoe")).thenReturn(jane);
        List<String> labels = new ArrayList<>(List.of("user-3fa91", "user-00000"));
        HandoffUserAnonymizationHandler handler = new HandoffUserAnonymizationHandler(data, users, results, () -> labels.remove(0));
        UserAnonymizationParameter p = mock(UserAnonymizationParameter.class);
        when(p.getUserKey()).thenReturn("jdoe");
        when(p.getContext()).thenReturn(context);

        handler.getAffectedEntities(p);
        int tasks = handler.getNumberOfTasks(p);
        handler.update(p);

        // the draft cites the key (1), the approved note shows both names (2), the draft's JSON shows one (1)
        assertThat(results.shown).containsExactly(Map.of(Occurrence.NAMES, 4L));
        assertThat(tasks).as("the key's drafts, then each table for each of the two names").isEqualTo(1 + 8 * 2);
        verify(task, times(tasks)).complete();
        assertThat(store.text(TextColumn.DRAFT_APPROVED_TEXT, 1)).isEqualTo("Crash (comment 4, user-3fa91). Printer (comment 6, user-3fa91).");
        assertThat(store.text(TextColumn.DRAFT_JSON, 1)).isEqualTo("{\"sources\":[{\"author\":{\"key\":\"jdoe\",\"displayName\":\"user-3fa91\"}}]}");
    }

    @Test
    void aDeletedUserIsAnonymisedByTheNamesHandoffStored() {
        store.text(TextColumn.AUDIT_REASON, 1, "J. Doe left")
                .text(TextColumn.DRAFT_JSON, 1, "{\"author\":{\"key\":\"jdoe\",\"displayName\":\"J. Doe\"}}");
        UserAnonymizationParameter p = mock(UserAnonymizationParameter.class);
        when(p.getUserKey()).thenReturn("jdoe");
        when(p.getContext()).thenReturn(context);

        new HandoffUserAnonymizationHandler(data, mock(UserManager.class), results, () -> "user-3fa91").update(p);

        assertThat(store.text(TextColumn.AUDIT_REASON, 1)).isEqualTo("user-3fa91 left");
    }

    @Test
    void labelsLookLikeJirasAnonymisedNamesAndDiffer() {
        String a = HandoffUserAnonymizationHandler.randomLabel();
        String b = HandoffUserAnonymizationHandler.randomLabel();
        String c = HandoffUserAnonymizationHandler.randomLabel();

        assertThat(List.of(a, b, c)).allMatch(l -> l.matches("user-[0-9a-f]{5}"));
        assertThat(List.of(a, b, c)).doesNotHaveDuplicates();
    }
}
