package dev.handoff.jira.fields;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.handoff.core.model.Slot;
import dev.handoff.jira.settings.HandoffSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class EnvironmentFieldCreatorTest {

    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final HandoffSettings settings = mock(HandoffSettings.class);
    private final PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    private final PluginSettings global = mock(PluginSettings.class);
    private final EnvironmentFieldCreator creator = new EnvironmentFieldCreator(fields, settings, factory);

    @BeforeEach
    void jira() throws Exception {
        when(factory.createGlobalSettings()).thenReturn(global);
        when(settings.environmentField(any())).thenReturn(Optional.empty());
        when(fields.getCustomFieldType(EnvironmentFieldCreator.TEXT_AREA)).thenReturn(mock(CustomFieldType.class));
        when(fields.getCustomFieldSearcher(EnvironmentFieldCreator.TEXT_SEARCHER)).thenReturn(mock(CustomFieldSearcher.class));
        when(fields.getCustomFieldObjectsByName(anyString())).thenReturn(List.of());
        when(fields.createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList())).thenAnswer(i -> {
            CustomField f = mock(CustomField.class);
            when(f.getId()).thenReturn("customfield_" + Math.abs(i.getArgument(0, String.class).hashCode() % 100000));
            return f;
        });
    }

    @Test
    void it_creates_one_project_scoped_text_field_per_slot_and_maps_each_in_the_settings() throws Exception {
        try (MockedConstruction<com.atlassian.jira.issue.context.ProjectContext> contexts =
                     mockConstruction(com.atlassian.jira.issue.context.ProjectContext.class)) {
            List<EnvironmentFieldCreator.Result> results = creator.create(List.of(10000L, 10100L));

            assertThat(results).hasSize(Slot.values().length).allMatch(r -> r.outcome() == EnvironmentFieldCreator.Outcome.CREATED);
            assertThat(contexts.constructed()).hasSize(2);
            verify(fields).createCustomField(eq("Handoff Device"), anyString(), any(), any(), eq(List.<com.atlassian.jira.issue.context.JiraContextNode>copyOf(contexts.constructed())), anyList());
            verify(global, times(Slot.values().length)).put(anyString(), anyString());
            verify(global).put(eq("handoff.field.errorString"), anyString());
        }
    }

    @Test
    void a_slot_already_mapped_to_an_existing_field_is_kept_and_a_field_with_handoffs_name_is_reused() throws Exception {
        CustomField existingOs = mock(CustomField.class);
        when(settings.environmentField(Slot.OS)).thenReturn(Optional.of("customfield_10300"));
        when(fields.getCustomFieldObject("customfield_10300")).thenReturn(existingOs);
        CustomField named = mock(CustomField.class);
        when(named.getId()).thenReturn("customfield_10400");
        when(fields.getCustomFieldObjectsByName("Handoff Device")).thenReturn(List.of(named));

        try (MockedConstruction<com.atlassian.jira.issue.context.ProjectContext> ignored =
                     mockConstruction(com.atlassian.jira.issue.context.ProjectContext.class)) {
            List<EnvironmentFieldCreator.Result> results = creator.create(List.of(10000L));

            assertThat(results).contains(new EnvironmentFieldCreator.Result(Slot.OS, "customfield_10300", EnvironmentFieldCreator.Outcome.KEPT),
                    new EnvironmentFieldCreator.Result(Slot.DEVICE, "customfield_10400", EnvironmentFieldCreator.Outcome.MAPPED_EXISTING));
            verify(fields, never()).createCustomField(eq("Handoff OS"), anyString(), any(), any(), anyList(), anyList());
            verify(fields, never()).createCustomField(eq("Handoff Device"), anyString(), any(), any(), anyList(), anyList());
            verify(global, never()).put(eq("handoff.field.os"), any());
        }
    }

    @Test
    void without_a_project_nothing_is_created() throws Exception {
        assertThatThrownBy(() -> creator.create(List.of())).hasMessageContaining("at least one project");
        verify(fields, never()).createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
    }
}
