package dev.handoff.cli;

import dev.handoff.core.prose.ModelCallGate;
import dev.handoff.core.prose.NoteGenerator;
import dev.handoff.core.prose.ProsePrompt;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.prose.ProseSection;
import dev.handoff.core.prose.SourcedSentence;
import dev.handoff.core.redact.Redactor;
import dev.handoff.llm.OllamaNoteGenerator;
import dev.handoff.llm.OllamaSettings;
import dev.handoff.llm.OpenAiCompatibleNoteGenerator;
import dev.handoff.llm.OpenAiSettings;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code draft --llm ollama [--ollama-url URL] [--llm-stream] | --llm openai [--openai-url URL]}, then
 * {@code [--model NAME] [--llm-timeout SECONDS] [--language NAME] [--categories A,B,...]}. URL and model default to
 * {@code HANDOFF_OLLAMA_URL}/{@code HANDOFF_OLLAMA_MODEL}, or {@code HANDOFF_OPENAI_URL}/{@code HANDOFF_OPENAI_MODEL};
 * an OpenAI-compatible server's key comes only from {@code HANDOFF_OPENAI_API_KEY} (a command line is visible to
 * every local user). With {@code --llm-stream} the reply is streamed and the timeout bounds the whole stream.
 */
final class LlmOptions {

    static final List<String> DEFAULT_CATEGORIES = List.of("Access", "Application", "Email", "Hardware", "Network", "Other");
    static final int DEFAULT_TIMEOUT_SECONDS = 60;
    /** Connecting to a model server takes milliseconds when it is up; more than this means it is not. */
    static final Duration MAX_CONNECT = Duration.ofSeconds(3);
    static final int NUM_CTX = 8192;

    String backend;
    private final Map<String, String> env;
    String ollamaUrl;
    String openAiUrl;
    String model;
    int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
    String language = "English";
    List<String> categories = DEFAULT_CATEGORIES;
    boolean stream;

    LlmOptions(Map<String, String> env) {
        this.env = env;
        ollamaUrl = env.get("HANDOFF_OLLAMA_URL");
        openAiUrl = env.get("HANDOFF_OPENAI_URL");
    }

    /** Consumes the option at {@code args[i]} if it is one of ours; returns the index of its last word, or -1 if not ours. */
    int accept(List<String> args, int i) {
        String a = args.get(i);
        if (a.equals("--llm-stream")) {
            stream = true;
            return i;
        }
        if (!List.of("--llm", "--ollama-url", "--openai-url", "--model", "--llm-timeout", "--language", "--categories").contains(a)) {
            return -1;
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(a + " needs a value");
        }
        String v = args.get(i + 1);
        switch (a) {
            case "--llm" -> {
                if (!v.equals("ollama") && !v.equals("openai")) {
                    throw new IllegalArgumentException("--llm knows 'ollama' and 'openai' (an OpenAI-compatible server: vLLM, llama.cpp)");
                }
                backend = v;
            }
            case "--ollama-url" -> ollamaUrl = v;
            case "--openai-url" -> openAiUrl = v;
            case "--model" -> model = v;
            case "--llm-timeout" -> {
                if (!v.matches("[1-9]\\d{0,3}")) {
                    throw new IllegalArgumentException("--llm-timeout needs whole seconds, 1 to 9999");
                }
                timeoutSeconds = Integer.parseInt(v);
            }
            case "--language" -> language = v;
            default -> categories = Arrays.stream(v.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        }
        return i + 1;
    }

    boolean enabled() {
        return backend != null;
    }

    /** The generator for these options; the read timeout is the budget, connecting gets at most {@link #MAX_CONNECT} of it. */
    NoteGenerator generator() {
        boolean openAi = backend.equals("openai");
        String url = openAi ? openAiUrl : ollamaUrl;
        String name = model != null ? model : env.get(openAi ? "HANDOFF_OPENAI_MODEL" : "HANDOFF_OLLAMA_MODEL");
        String prefix = openAi ? "OPENAI" : "OLLAMA";
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("--llm " + backend + " needs --" + backend + "-url or HANDOFF_" + prefix + "_URL");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("--llm " + backend + " needs --model or HANDOFF_" + prefix + "_MODEL");
        }
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        Duration connect = timeout.compareTo(MAX_CONNECT) < 0 ? timeout : MAX_CONNECT;
        if (openAi) {
            if (stream) {
                throw new IllegalArgumentException("--llm-stream works with --llm ollama only");
            }
            return new OpenAiCompatibleNoteGenerator(new OpenAiSettings(URI.create(url), name, connect, timeout,
                    env.get("HANDOFF_OPENAI_API_KEY")), ModelCallGate.passThrough(), Redactor.defaults());
        }
        OllamaSettings settings = new OllamaSettings(URI.create(url), name, connect, timeout, NUM_CTX);
        return stream
                ? OllamaNoteGenerator.streaming(settings, ModelCallGate.passThrough(), Redactor.defaults())
                : new OllamaNoteGenerator(settings, ModelCallGate.passThrough(), Redactor.defaults());
    }

    /** The {@code llm} object of {@code draft --json}. */
    static Map<String, Object> json(ProseResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", r.call().model());
        out.put("durationMs", r.call().durationMs());
        out.put("promptTokens", r.call().promptTokens());
        out.put("outputTokens", r.call().outputTokens());
        out.put("sentencesAccepted", r.accepted());
        out.put("sentencesDropped", r.dropped());
        out.put("fallbackReason", r.fallbackReason());
        Map<String, Object> prose = new LinkedHashMap<>();
        for (ProseSection s : ProseSection.values()) {
            List<Object> sentences = new ArrayList<>();
            for (SourcedSentence sentence : r.prose().get(s)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("text", sentence.text());
                m.put("sources", sentence.sources().stream().map(ProsePrompt::citationId).toList());
                m.put("runbooks", sentence.runbookIds());
                sentences.add(m);
            }
            prose.put(s.jsonName(), sentences);
        }
        prose.put("suggestedCategory", r.prose().category());
        out.put("prose", prose);
        return out;
    }
}
