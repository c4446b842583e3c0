package dev.handoff.jira.validator;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.opensymphony.workflow.InvalidInputException;
import dev.handoff.core.model.Comment;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.model.Visibility;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.jira.HandoffKeys;
import dev.handoff.jira.fakes.Tickets;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.ticket.IssueSnapshotReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class EscalationContextValidatorTest {

    private static final Properties ENGLISH = bundle();

    private final Issue issue = mock(Issue.class);
    private final IssueSnapshotReader reader = mock(IssueSnapshotReader.class);
    private final HandoffSettings settings = mock(HandoffSettings.class);
    private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final CustomField categoryField = mock(CustomField.class);
    private final CustomField deviceField = mock(CustomField.class);
    private EscalationContextValidator validator;

    private static Properties bundle() {
        Properties p = new Properties();
        try (InputStream in = EscalationContextValidatorTest.class.getResourceAsStream("/i18n/handoff.properties")) {
            p.load(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    @BeforeEach
    void setUp() {
        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getText(anyString())).thenAnswer(i -> ENGLISH.getProperty(i.getArgument(0)));
        when(i18n.getText(anyString(), anyString())).thenAnswer(i -> MessageFormat.format(
                ENGLISH.getProperty(i.getArgument(0)), (Object) i.getArgument(1)));
        when(i18n.getText(anyString(), anyString(), anyString())).thenAnswer(i -> MessageFormat.format(
                ENGLISH.getProperty(i.getArgument(0)), (Object) i.getArgument(1), (Object) i.getArgument(2)));
        when(auth.getI18nHelper()).thenReturn(i18n);
        when(settings.categoryField()).thenReturn(Optional.of("customfield_10200"));
        when(fields.getCustomFieldObject("customfield_10200")).thenReturn(categoryField);
        when(fields.getCustomFieldObject("customfield_10300")).thenReturn(deviceField);
        when(settings.environmentField(any())).thenReturn(Optional.empty());
        validator = new EscalationContextValidator(reader, settings, auth, fields, EscalationPipeline::defaults);
    }

    private void category(String value, Slot... required) {
        when(issue.getCustomFieldValue(categoryField)).thenReturn(value);
        EnumSet<Slot> slots = EnumSet.noneOf(Slot.class);
        slots.addAll(List.of(required));
        when(settings.requiredSlots(Optional.of(value))).thenReturn(slots);
    }

    private static Ticket onlyAnErrorMessage() {
        Person ann = new Person("ann", "Ann User");
        Instant t0 = Instant.parse("2024-03-12T09:00:00Z");
        return new Ticket("SD-8", "Cannot print", "Printing fails. Error: Operation could not be completed (error 0x00000709).",
                "", "Incident", "Open", null, null, ann, null, t0, null, List.of(), List.of(), List.of(),
                List.of(new Comment("1", 1, ann, t0.plusSeconds(60), "It still fails.", Visibility.PUBLIC)),
                List.of(), List.of(), List.of());
    }

    private void validate() throws InvalidInputException {
        validator.validate(Map.of("issue", issue), Map.of(HandoffKeys.ARG_TARGET_TIER, "2"), null);
    }

    @Test
    void it_blocks_and_names_each_missing_slot_of_the_issues_category() {
        category("Hardware", Slot.DEVICE, Slot.LAST_CHANGE, Slot.ERROR_STRING);
        when(reader.read(any(), any())).thenReturn(onlyAnErrorMessage());

        assertThatThrownBy(this::validate)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Escalations of category Hardware need: Device, Last change. Ask the user before escalating; "
                        + "add the answer as a comment or fill in the field.");
    }

    @Test
    void it_lets_the_escalation_through_when_the_thread_states_every_required_slot() {
        category("Email", Slot.OS, Slot.APPLICATION, Slot.ERROR_STRING);
        when(reader.read(any(), any())).thenReturn(Tickets.outlookCrash());

        assertThatCode(this::validate).doesNotThrowAnyException();
    }

    @Test
    void a_value_tier_1_typed_into_the_mapped_jira_field_counts_as_known() {
        category("Hardware", Slot.DEVICE, Slot.ERROR_STRING);
        when(settings.environmentField(Slot.DEVICE)).thenReturn(Optional.of("customfield_10300"));
        when(issue.getCustomFieldValue(deviceField)).thenReturn("Dell Latitude 7420, asset 00231");
        when(reader.read(any(), any())).thenReturn(onlyAnErrorMessage());

        assertThatCode(this::validate).doesNotThrowAnyException();
    }

    @Test
    void the_category_can_be_the_issues_component() {
        when(settings.categoryField()).thenReturn(Optional.of("components"));
        com.atlassian.jira.bc.project.component.ProjectComponent hardware = mock(com.atlassian.jira.bc.project.component.ProjectComponent.class);
        when(hardware.getName()).thenReturn("Hardware");
        when(issue.getComponents()).thenReturn(List.of(hardware));
        when(settings.requiredSlots(Optional.of("Hardware"))).thenReturn(EnumSet.of(Slot.DEVICE));
        when(reader.read(any(), any())).thenReturn(onlyAnErrorMessage());

        assertThatThrownBy(this::validate).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Escalations of category Hardware need: Device.");
    }

    @Test
    void without_a_category_value_the_default_list_applies_and_the_message_names_no_category() {
        when(issue.getCustomFieldValue(categoryField)).thenReturn(null);
        when(settings.requiredSlots(Optional.empty())).thenReturn(EnumSet.of(Slot.OS));
        when(reader.read(any(), any())).thenReturn(onlyAnErrorMessage());

        assertThatThrownBy(this::validate).hasMessageStartingWith("Before escalating, ask the user for: OS.");
    }

    @Test
    void a_category_without_required_slots_is_not_checked_and_the_thread_is_not_read() throws InvalidInputException {
        category("Access");

        validate();

        verify(reader, never()).read(any(), any());
    }

    @Test
    void when_handoff_itself_fails_the_transition_goes_through() {
        category("Hardware", Slot.DEVICE);
        when(reader.read(any(), any())).thenThrow(new IllegalStateException("comment manager unavailable"));

        assertThatCode(this::validate).doesNotThrowAnyException();
    }
}
