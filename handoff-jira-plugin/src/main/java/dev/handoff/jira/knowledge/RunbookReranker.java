package dev.handoff.jira.knowledge;

import dev.handoff.core.prose.ModelCallGate;
import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.ModelSettings;
import dev.handoff.jira.settings.RedactionPolicy;
import dev.handoff.llm.OllamaEmbeddingSettings;
import dev.handoff.llm.OllamaEmbeddings;
import dev.handoff.search.EmbeddingReranker;
import dev.handoff.search.PassageReranker;

import javax.inject.Inject;
import javax.inject.Named;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The optional embedding re-ranker of retrieved runbooks: present only when an admin configured an Ollama model
 * server and an embedding model. One instance per configuration, so its embedding cache survives between drafts.
 * Embedding calls bypass the chat model's cluster-wide slots and circuit breaker: they are short, bounded by their
 * own deadline, and a failure only leaves the BM25 order, never a chat call's fallback.
 */
@Named
public class RunbookReranker {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HandoffSettings settings;
    private final RedactionPolicy redaction;
    private volatile Cached cached;

    private record Key(URI endpoint, String model, Duration connectTimeout, Object redactor) {
    }

    private record Cached(Key key, PassageReranker reranker) {
    }

    @Inject
    public RunbookReranker(HandoffSettings settings, RedactionPolicy redaction) {
        this.settings = settings;
        this.redaction = redaction;
    }

    public Optional<PassageReranker> current() {
        ModelSettings m = settings.model();
        Optional<String> model = settings.embedModel().filter(s -> !s.isBlank());
        if (!m.enabled() || m.protocol() != ModelSettings.Protocol.OLLAMA || model.isEmpty()) {
            return Optional.empty();
        }
        var redactor = redaction.redactor();
        Key key = new Key(m.endpoint().orElseThrow(), model.get(), m.connectTimeout(), redactor);
        Cached c = cached;
        if (c == null || !c.key().equals(key)) {
            OllamaEmbeddings embeddings = new OllamaEmbeddings(new OllamaEmbeddingSettings(key.endpoint(), key.model(),
                    key.connectTimeout(), TIMEOUT, OllamaEmbeddingSettings.DEFAULT_CACHE), ModelCallGate.passThrough(), redactor);
            c = new Cached(key, new EmbeddingReranker(embeddings::embed, EmbeddingReranker.Settings.defaults(TIMEOUT)));
            cached = c;
        }
        return Optional.of(c.reranker());
    }
}
