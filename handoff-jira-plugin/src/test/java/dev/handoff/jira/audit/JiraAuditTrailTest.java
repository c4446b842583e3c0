package dev.handoff.jira.audit;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditAttribute;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditResource;
import com.atlassian.audit.entity.ChangedValue;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;
import com.atlassian.jira.issue.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The audit API is a compile-only surface here, so its builders are mocked; the test checks what Handoff sends. */
class JiraAuditTrailTest {

    private final AuditService service = mock(AuditService.class);
    private final JiraAuditTrail trail = new JiraAuditTrail(service);
    private final AuditEvent event = mock(AuditEvent.class);
    private final AuditEvent.Builder builder = mock(AuditEvent.Builder.class, RETURNS_SELF);
    private final ChangedValue.Builder changed = mock(ChangedValue.Builder.class, RETURNS_SELF);
    private MockedStatic<AuditEvent> events;
    private MockedStatic<AuditResource> resources;
    private MockedStatic<AuditAttribute> attributes;
    private MockedStatic<ChangedValue> changes;

    @BeforeEach
    void builders() {
        events = mockStatic(AuditEvent.class);
        resources = mockStatic(AuditResource.class);
        attributes = mockStatic(AuditAttribute.class);
        changes = mockStatic(ChangedValue.class);
        events.when(() -> AuditEvent.fromI18nKeys(anyString(), anyString(), any(), any())).thenReturn(builder);
        when(builder.build()).thenReturn(event);
        resources.when(() -> AuditResource.builder(anyString(), anyString())).thenReturn(mock(AuditResource.Builder.class, RETURNS_SELF));
        attributes.when(() -> AuditAttribute.fromI18nKeys(anyString(), anyString())).thenReturn(mock(AuditAttribute.Builder.class, RETURNS_SELF));
        changes.when(() -> ChangedValue.fromI18nKeys(anyString())).thenReturn(changed);
    }

    @AfterEach
    void close() {
        events.close();
        resources.close();
        attributes.close();
        changes.close();
    }

    @Test
    void an_approval_is_one_base_coverage_ecosystem_event_naming_the_issue() {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("SD-7");
        when(issue.getId()).thenReturn(7L);

        trail.approved(issue, 3, true, 2, false);

        events.verify(() -> AuditEvent.fromI18nKeys(JiraAuditTrail.CATEGORY, JiraAuditTrail.APPROVED, CoverageLevel.BASE, CoverageArea.ECOSYSTEM));
        resources.verify(() -> AuditResource.builder("SD-7", "ISSUE"));
        verify(service).audit(event);
    }

    @Test
    void a_saved_configuration_is_one_event_with_each_changed_setting() {
        trail.configChanged(List.of(new JiraAuditTrail.Change("handoff.model.url", null, "http://ollama:11434"),
                new JiraAuditTrail.Change("handoff.retention.days", "365", "180")));

        verify(builder, times(2)).changedValue(any());
        verify(changed).to("180");
        verify(service, times(1)).audit(event);
    }

    @Test
    void saving_without_a_change_writes_nothing_to_jiras_audit_log() {
        trail.configChanged(List.of());

        verify(service, never()).audit(any());
    }

    @Test
    void an_unavailable_audit_log_does_not_undo_the_approval() {
        doThrow(new IllegalStateException("audit down")).when(service).audit(any());
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("SD-7");
        when(issue.getId()).thenReturn(7L);

        assertThatCode(() -> trail.approved(issue, 1, false, 0, true)).doesNotThrowAnyException();
    }
}
