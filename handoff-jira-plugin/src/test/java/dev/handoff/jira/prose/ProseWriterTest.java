package dev.handoff.jira.prose;

import com.atlassian.beehive.ClusterLockService;
import dev.handoff.core.model.Audience;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.core.prose.ModelCall;
import dev.handoff.core.prose.NoteGenerator;
import dev.handoff.core.prose.ProseRequest;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.prose.RunbookPassage;
import dev.handoff.jira.fakes.Tickets;
import dev.handoff.jira.load.ModelLoadControl;
import dev.handoff.jira.load.ModelSlots;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.ModelSettings;
import dev.handoff.jira.settings.RedactionPolicy;
import dev.handoff.llm.OllamaSettings;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ProseWriterTest {

    private final HandoffSettings settings = mock(HandoffSettings.class);
    private final List<ModelSettings> built = new ArrayList<>();
    private final List<ProseRequest> asked = new ArrayList<>();
    private final ProseResult answer = ProseResult.fallback("scripted", 0, new ModelCall("m", 1, null, null));
    private final ProseWriter writer = new ProseWriter(settings,
            new ModelLoadControl(new ModelSlots(mock(ClusterLockService.class)), settings), new RedactionPolicy(settings),
            (s, redactor) -> {
                built.add(s);
                return (NoteGenerator) request -> {
                    asked.add(request);
                    return answer;
                };
            });
    private final EscalationPipeline.Drafted drafted =
            EscalationPipeline.defaults().draftWithSources(Tickets.outlookCrash(), Audience.agents(2));

    private static ModelSettings model(String url, String name) {
        return new ModelSettings(Optional.ofNullable(url).map(URI::create), name, Duration.ofSeconds(2),
                Duration.ofSeconds(30), 2, 3, Duration.ofMinutes(5), ModelSettings.Protocol.OLLAMA, false);
    }

    @Test
    void without_a_configured_endpoint_there_is_no_model_step_at_all() {
        when(settings.model()).thenReturn(ModelSettings.DEFAULTS);

        assertThat(writer.write(drafted, List.of())).isNull();
        assertThat(built).isEmpty();
    }

    @Test
    void the_model_gets_the_draft_and_only_its_redacted_audience_sources() {
        when(settings.model()).thenReturn(model("http://ollama.internal:11434", "qwen2.5:7b"));
        when(settings.extraRedactionPatterns()).thenReturn(List.of());
        when(settings.modelLanguage()).thenReturn("Deutsch");
        when(settings.modelCategories()).thenReturn(List.of("Network", "Hardware"));

        List<RunbookPassage> runbooks = List.of(new RunbookPassage("Desk/outlook.md", "Outlook", "Start in safe mode."));
        assertThat(writer.write(drafted, runbooks)).isSameAs(answer);

        assertThat(built).singleElement().satisfies(s -> {
            OllamaSettings o = ProseWriter.ollama(s, s.readTimeout());
            assertThat(o.baseUrl()).isEqualTo(URI.create("http://ollama.internal:11434"));
            assertThat(o.model()).isEqualTo("qwen2.5:7b");
            assertThat(o.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        });
        assertThat(asked).singleElement().satisfies(r -> {
            assertThat(r.draft()).isEqualTo(drafted.draft());
            assertThat(r.thread()).isEqualTo(drafted.sources());
            assertThat(r.language()).isEqualTo("Deutsch");
            assertThat(r.categories()).containsExactly("Network", "Hardware");
            assertThat(r.runbooks()).isEqualTo(runbooks);
        });
    }

    @Test
    void the_client_is_reused_until_an_admin_changes_the_model_settings() {
        when(settings.extraRedactionPatterns()).thenReturn(List.of());
        when(settings.model()).thenReturn(model("http://ollama.internal:11434", "a"));
        writer.write(drafted, List.of());
        writer.write(drafted, List.of());
        when(settings.model()).thenReturn(model("http://ollama.internal:11434", "b"));
        writer.write(drafted, List.of());

        assertThat(built).extracting(ModelSettings::model).containsExactly("a", "b");
    }

    @Test
    void theAdminsProtocolChoosesTheGeneratorAndAnOpenAiServerGetsNoKey() {
        ModelLoadControl gate = new ModelLoadControl(new ModelSlots(mock(ClusterLockService.class)), settings);
        ModelSettings ollama = model("http://ollama.internal:11434", "qwen2.5:7b");
        ModelSettings openAi = new ModelSettings(ollama.endpoint(), "Qwen/Qwen2.5-7B-Instruct", ollama.connectTimeout(),
                ollama.readTimeout(), 2, 3, ollama.breakerOpenFor(), ModelSettings.Protocol.OPENAI, false);

        assertThat(ProseWriter.generator(ollama, gate, dev.handoff.core.redact.Redactor.defaults()))
                .isInstanceOf(dev.handoff.llm.OllamaNoteGenerator.class);
        assertThat(ProseWriter.generator(openAi, gate, dev.handoff.core.redact.Redactor.defaults()))
                .isInstanceOf(dev.handoff.llm.OpenAiCompatibleNoteGenerator.class);
        assertThat(ProseWriter.openAi(openAi, Duration.ofSeconds(9)).apiKey()).isNull();
        assertThat(ProseWriter.openAi(openAi, Duration.ofSeconds(9)).readTimeout()).isEqualTo(Duration.ofSeconds(9));
    }
}
