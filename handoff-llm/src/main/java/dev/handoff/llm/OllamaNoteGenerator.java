package dev.handoff.llm;

import dev.handoff.core.prose.ModelCallGate;
import dev.handoff.core.prose.NoteGenerator;
import dev.handoff.core.prose.ProseRequest;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.redact.Redactor;

import java.util.Objects;

/**
 * {@link NoteGenerator} on a self-hosted Ollama through langchain4j; the checks and the fallbacks are
 * {@link ChatNoteGenerator}'s.
 *
 * <p>{@link #streaming} asks for the reply as a stream instead of in one piece; it is read under the
 * generator's own deadline and size cap ({@link StreamingChat}) and then goes through the same checks.
 * Use it when a reverse proxy in front of the model drops requests that stay silent for long (a
 * streamed reply sends bytes from the first token on), or to stop a runaway reply as it grows instead
 * of after the server finished it.
 */
public final class OllamaNoteGenerator implements NoteGenerator {

    private final ChatNoteGenerator generator;

    /** The reply in one piece ({@code "stream": false}); the read timeout bounds the whole call. */
    public OllamaNoteGenerator(OllamaSettings settings, ModelCallGate gate, Redactor redactor) {
        this(settings, OllamaModels.chatModel(Objects.requireNonNull(settings, "settings"))::chat, gate, redactor);
    }

    private OllamaNoteGenerator(OllamaSettings settings, ChatNoteGenerator.Chat chat, ModelCallGate gate, Redactor redactor) {
        this.generator = new ChatNoteGenerator(settings.model(), settings.baseUrl(), settings.readTimeout(), chat, gate, redactor);
    }

    /** The reply streamed ({@code "stream": true}); the read timeout bounds the whole stream, not just its start. */
    public static OllamaNoteGenerator streaming(OllamaSettings settings, ModelCallGate gate, Redactor redactor) {
        return new OllamaNoteGenerator(settings, new StreamingChat(Objects.requireNonNull(settings, "settings"))::chat, gate, redactor);
    }

    @Override
    public ProseResult generate(ProseRequest request) {
        return generator.generate(request);
    }
}
