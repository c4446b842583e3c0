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

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code draft --llm ollama [--ollama-url URL] [--model NAME] [--llm-timeout SECONDS] [--language NAME]
 * [--categories A,B,...]}. URL and model default to {@code HANDOFF_OLLAMA_URL} and {@code HANDOFF_OLLAMA_MODEL}.
 */
final class LlmOptions {

    static final List<String> DEFAULT_CATEGORIES = List.of("Access", "Application", "Email", "Hardware", "Network", "Other");
    static final int DEFAULT_TIMEOUT_SECONDS = 60;
    /** Connecting to a model server takes milliseconds when it is up; more than this means it is not. */
    static final Duration MAX_CONNECT = Duration.ofSeconds(3);
    static final int NUM_CTX = 8192;

    String backend;
    String url;
    String model;
    int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
    String language = "English";
    List<String> categories = DEFAULT_CATEGORIES;

    LlmOptions(Map<String, String> env) {
        url = env.get("HANDOFF_OLLAMA_URL");
        model = env.get("HANDOFF_OLLAMA_MODEL");
    }

    /** Consumes the option at {@code args[i]} if it is one of ours; returns the index of its last word, or -1 if not ours. */
    int accept(List<String> args, int i) {
        String a = args.get(i);
        if (!List.of("--llm", "--ollama-url", "--model", "--llm-timeout", "--language", "--categories").contains(a)) {
            return -1;
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(a + " needs a value");
        }
        String v = args.get(i + 1);
        switch (a) {
            case "--llm" -> {
                if (!v.equals("ollama")) {
                    throw new IllegalArgumentException("--llm knows only 'ollama'");
                }
                backend = v;
            }
            case "--ollama-url" -> url = v;
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
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("--llm ollama needs --ollama-url or HANDOFF_OLLAMA_URL");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("--llm ollama needs --model or HANDOFF_OLLAMA_MODEL");
        }
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        Duration connect = timeout.compareTo(MAX_CONNECT) < 0 ? timeout : MAX_CONNECT;
        return new OllamaNoteGenerator(new OllamaSettings(URI.create(url), model, connect, timeout, NUM_CTX),
                ModelCallGate.passThrough(), Redactor.defaults());
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
