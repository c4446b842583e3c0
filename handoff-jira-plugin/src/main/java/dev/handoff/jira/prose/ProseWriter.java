package dev.handoff.jira.prose;

import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.core.prose.NoteGenerator;
import dev.handoff.core.prose.ProseRequest;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.prose.RunbookPassage;
import dev.handoff.core.redact.Redactor;
import dev.handoff.jira.load.ModelLoadControl;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.ModelSettings;
import dev.handoff.jira.settings.RedactionPolicy;
import dev.handoff.llm.OllamaNoteGenerator;
import dev.handoff.llm.OllamaSettings;
import dev.handoff.llm.OpenAiCompatibleNoteGenerator;
import dev.handoff.llm.OpenAiSettings;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The model's part of a draft, in the background job: prose around the facts the core extracted, from the redacted
 * sources the draft's audience may see, through the cluster-wide cap and circuit breaker. No endpoint configured
 * means no model: {@code null}. A failing model never fails the draft: the result then carries the reason.
 */
@Named
public class ProseWriter {

    static final int NUM_CTX = 8192;

    private final HandoffSettings settings;
    private final ModelLoadControl gate;
    private final RedactionPolicy redaction;
    private final BiFunction<ModelSettings, Redactor, NoteGenerator> generators;
    private volatile Cached cached;

    private record Cached(ModelSettings settings, Redactor redactor, NoteGenerator generator) {
    }

    @Inject
    public ProseWriter(HandoffSettings settings, ModelLoadControl gate, RedactionPolicy redaction) {
        this(settings, gate, redaction, null);
    }

    ProseWriter(HandoffSettings settings, ModelLoadControl gate, RedactionPolicy redaction,
                BiFunction<ModelSettings, Redactor, NoteGenerator> generators) {
        this.settings = settings;
        this.gate = gate;
        this.redaction = redaction;
        this.generators = generators != null ? generators : (m, r) -> generator(m, gate, r);
    }

    /** The generator the admin chose: Ollama's API (read whole or streamed) or an OpenAI-compatible server. */
    static NoteGenerator generator(ModelSettings m, ModelLoadControl gate, Redactor redactor) {
        return switch (m.protocol()) {
            case OPENAI -> new OpenAiCompatibleNoteGenerator(openAi(m, m.readTimeout()), gate, redactor);
            case OLLAMA -> m.stream() ? OllamaNoteGenerator.streaming(ollama(m, m.readTimeout()), gate, redactor)
                    : new OllamaNoteGenerator(ollama(m, m.readTimeout()), gate, redactor);
        };
    }

    public ProseResult write(EscalationPipeline.Drafted drafted, List<RunbookPassage> runbooks) {
        ModelSettings m = settings.model();
        if (!m.enabled()) {
            return null;
        }
        return generator(m, redaction.redactor()).generate(new ProseRequest(drafted.draft(), drafted.sources(),
                runbooks, settings.modelCategories(), settings.modelLanguage()));
    }

    /** The llm module's view of the admin's model settings; {@code readTimeout} differs for drafts and probes. */
    public static OllamaSettings ollama(ModelSettings m, java.time.Duration readTimeout) {
        return new OllamaSettings(m.endpoint().orElseThrow(), m.model(), m.connectTimeout(), readTimeout, NUM_CTX);
    }

    /**
     * The llm module's view of an OpenAI-compatible server. No API key: Handoff stores no model credentials, so such a
     * server is reached on the internal network (or through a proxy that adds the key).
     */
    public static OpenAiSettings openAi(ModelSettings m, java.time.Duration readTimeout) {
        return new OpenAiSettings(m.endpoint().orElseThrow(), m.model(), m.connectTimeout(), readTimeout, null);
    }

    /** One client per configuration: rebuilt only when an admin changes the model settings or redaction patterns. */
    private NoteGenerator generator(ModelSettings target, Redactor redactor) {
        Cached c = cached;
        if (c == null || !c.settings().equals(target) || c.redactor() != redactor) {
            c = new Cached(target, redactor, generators.apply(target, redactor));
            cached = c;
        }
        return c.generator();
    }
}
