package dev.handoff.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import com.atlassian.jira.project.Project;
import dev.handoff.jira.HandoffKeys;
import dev.handoff.jira.settings.EffectiveSettings;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.ProjectSettings;
import dev.handoff.jira.settings.ProjectSettingsStore;
import java.util.Optional;
import dev.handoff.jira.escalation.EscalationRequest;
import dev.handoff.jira.escalation.EscalationRequestRepository;
import dev.handoff.jira.job.DraftJobScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

class DraftEscalationFunctionTest {

    private final EscalationRequestRepository requests = mock(EscalationRequestRepository.class);
    private final DraftJobScheduler scheduler = mock(DraftJobScheduler.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final Status escalated = mock(Status.class);
    private MockedStatic<WorkflowFunctionUtils> utils;

    /** Jira supplies the issue through the base class; the test stands in for it. */
    private final ProjectSettingsStore projects = mock(ProjectSettingsStore.class);
    private final Project project = mock(Project.class);
    private ProjectSettings projectSettings = ProjectSettings.NONE;
    private final HandoffSettings global = mock(HandoffSettings.class);
    private final DraftEscalationFunction function = new DraftEscalationFunction(requests, scheduler, projects) {
        @Override
        protected MutableIssue getIssue(@SuppressWarnings("rawtypes") Map transientVars) {
            return (MutableIssue) transientVars.get("issue");
        }
    };

    @BeforeEach
    void jira() {
        utils = Mockito.mockStatic(WorkflowFunctionUtils.class);
        utils.when(() -> WorkflowFunctionUtils.getCallerKey(any(), any())).thenReturn("agent-1");
        when(issue.getId()).thenReturn(42L);
        when(issue.getStatus()).thenReturn(escalated);
        when(issue.getProjectObject()).thenReturn(project);
        when(project.getKey()).thenReturn("SD");
        when(global.commentRole()).thenReturn(Optional.empty());
        when(global.commentGroup()).thenReturn(Optional.empty());
        when(projects.effective(eq("SD"), any())).thenAnswer(inv ->
                EffectiveSettings.resolve("SD", inv.getArgument(1), projectSettings, global));
        when(escalated.getId()).thenReturn("10002");
        when(requests.add(anyLong(), anyInt(), anyString(), anyBoolean(), any())).thenAnswer(inv ->
                new EscalationRequest(inv.getArgument(0), 1, inv.getArgument(1), inv.getArgument(2), inv.getArgument(3),
                        inv.getArgument(4), Instant.now(), EscalationRequest.State.QUEUED, 0, null, null));
    }

    @AfterEach
    void close() {
        utils.close();
    }

    private Map<String, Object> vars() {
        Map<String, Object> v = new HashMap<>();
        v.put("issue", issue);
        return v;
    }

    @Test
    void itRecordsIdentifiersOnlyOnceAndSchedulesOneJobWithoutReadingTheTicket() throws Exception {
        Map<String, String> args = Map.of(HandoffKeys.ARG_TARGET_TIER, "3", HandoffKeys.ARG_POST_AS_COMMENT, "true");

        function.execute(vars(), args, null);

        verify(requests, times(1)).add(42L, 3, "agent-1", true, "10002");
        verify(scheduler, times(1)).schedule(any(EscalationRequest.class));
        verify(issue).getId();
        verify(issue).getStatus();
        verify(issue).getProjectObject();
        verifyNoMoreInteractions(issue, requests, scheduler);
    }

    @Test
    void aBulkTransitionOf500IssuesSchedules500LightJobsAndNothingMore() throws Exception {
        for (int i = 0; i < 500; i++) {
            function.execute(vars(), Map.of(), null);
        }
        verify(requests, times(500)).add(eq(42L), eq(2), eq("agent-1"), eq(false), eq("10002"));
        verify(scheduler, times(500)).schedule(any(EscalationRequest.class));
        verifyNoMoreInteractions(requests, scheduler);
    }

    @Test
    void aBrokenStoreNeverFailsTheTransition() {
        Mockito.doThrow(new IllegalStateException("db down")).when(requests).add(anyLong(), anyInt(), anyString(), anyBoolean(), any());
        assertThatCode(() -> function.execute(vars(), Map.of(), null)).doesNotThrowAnyException();
    }

    @Test
    void aSchedulerFailureIsRecordedOnTheRequestAndNeverFailsTheTransition() throws Exception {
        Mockito.doThrow(new com.atlassian.scheduler.SchedulerServiceException("no scheduler")).when(scheduler).schedule(any(EscalationRequest.class));

        assertThatCode(() -> function.execute(vars(), Map.of(), null)).doesNotThrowAnyException();

        verify(requests).finish(eq(42L), eq(1), eq(EscalationRequest.State.FAILED), Mockito.contains("SchedulerServiceException"));
    }

    @Test
    void aLinkageErrorFromAHalfDisabledPluginNeverFailsTheTransition() {
        when(issue.getId()).thenThrow(new NoClassDefFoundError("dev/handoff/Gone"));
        assertThatCode(() -> function.execute(vars(), Map.of(), null)).doesNotThrowAnyException();
    }

    @Test
    void badArgumentsFallBackToTierTwoAndNoComment() {
        function.execute(vars(), Map.of(HandoffKeys.ARG_TARGET_TIER, "seven"), null);
        verify(requests).add(42L, 2, "agent-1", false, "10002");
    }

    @Test
    void theProjectsTierAndPostingApplyWhereThePostFunctionSetsNone() throws Exception {
        projectSettings = new ProjectSettings(Optional.empty(), Optional.of(3), Optional.of(true), Optional.empty(), Optional.empty());

        function.execute(vars(), Map.of(), null);

        verify(requests).add(42L, 3, "agent-1", true, "10002");
    }

    @Test
    void thePostFunctionsArgumentsOutrankTheProjects() throws Exception {
        projectSettings = new ProjectSettings(Optional.empty(), Optional.of(3), Optional.of(true), Optional.empty(), Optional.empty());

        function.execute(vars(), Map.of(HandoffKeys.ARG_TARGET_TIER, "2", HandoffKeys.ARG_POST_AS_COMMENT, "false"), null);

        verify(requests).add(42L, 2, "agent-1", false, "10002");
    }

    @Test
    void aProjectWithHandoffTurnedOffIsSkippedWithoutAnyWrite() throws Exception {
        projectSettings = new ProjectSettings(Optional.of(false), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        function.execute(vars(), Map.of(), null);

        verifyNoMoreInteractions(requests, scheduler);
    }

    @Test
    void unreadableProjectSettingsFallBackToThePostFunctionsArguments() throws Exception {
        when(projects.effective(any(), any())).thenThrow(new IllegalStateException("settings table locked"));

        function.execute(vars(), Map.of(HandoffKeys.ARG_TARGET_TIER, "3"), null);

        verify(requests).add(42L, 3, "agent-1", false, "10002");
    }
}
