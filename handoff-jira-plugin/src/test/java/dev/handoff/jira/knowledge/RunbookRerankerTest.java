package dev.handoff.jira.knowledge;

import dev.handoff.jira.settings.HandoffSettings;
import dev.handoff.jira.settings.ModelSettings;
import dev.handoff.jira.settings.RedactionPolicy;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RunbookRerankerTest {

    private final HandoffSettings settings = mock(HandoffSettings.class);
    private final RunbookReranker reranker = new RunbookReranker(settings, new RedactionPolicy(settings));

    private static ModelSettings server(ModelSettings.Protocol protocol) {
        ModelSettings d = ModelSettings.DEFAULTS;
        return new ModelSettings(Optional.of(URI.create("http://ollama.internal:11434")), "qwen2.5:7b", d.connectTimeout(),
                d.readTimeout(), 2, 3, d.breakerOpenFor(), protocol, false);
    }

    @Test
    void reRankingNeedsAnOllamaServerAndAnEmbeddingModelAndIsOneInstancePerConfiguration() {
        when(settings.extraRedactionPatterns()).thenReturn(List.of());
        when(settings.model()).thenReturn(ModelSettings.DEFAULTS);
        when(settings.embedModel()).thenReturn(Optional.of("nomic-embed-text"));
        assertThat(reranker.current()).as("no model server").isEmpty();

        when(settings.model()).thenReturn(server(ModelSettings.Protocol.OPENAI));
        assertThat(reranker.current()).as("embeddings are Ollama's /api/embed").isEmpty();

        when(settings.model()).thenReturn(server(ModelSettings.Protocol.OLLAMA));
        when(settings.embedModel()).thenReturn(Optional.of(" "));
        assertThat(reranker.current()).as("no embedding model").isEmpty();

        when(settings.embedModel()).thenReturn(Optional.of("nomic-embed-text"));
        var first = reranker.current().orElseThrow();
        assertThat(reranker.current()).containsSame(first);
        when(settings.embedModel()).thenReturn(Optional.of("mxbai-embed-large"));
        assertThat(reranker.current().orElseThrow()).isNotSameAs(first);
    }
}
