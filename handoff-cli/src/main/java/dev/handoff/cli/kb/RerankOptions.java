package dev.handoff.cli.kb;

import dev.handoff.core.prose.ModelCallGate;
import dev.handoff.core.redact.Redactor;
import dev.handoff.llm.OllamaEmbeddingSettings;
import dev.handoff.llm.OllamaEmbeddings;
import dev.handoff.search.EmbeddingReranker;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * {@code --rerank-ollama URL | --rerank} (the URL from {@code HANDOFF_OLLAMA_URL}), then {@code [--embed-model NAME]}
 * (default {@code HANDOFF_EMBED_MODEL}) {@code [--rerank-timeout S] [--rerank-weight W] [--rerank-candidates N]}:
 * BM25 candidates re-ranked with Ollama embeddings. Off unless asked for; when the server cannot help, the BM25
 * order stays and the reason is reported.
 */
public final class RerankOptions {

    public static final String USAGE = "[--rerank-ollama URL | --rerank] [--embed-model NAME] [--rerank-timeout S]"
            + " [--rerank-weight W] [--rerank-candidates N]";
    static final int DEFAULT_TIMEOUT_SECONDS = 10;
    /** Connecting to a model server takes milliseconds when it is up; more than this means it is not. */
    static final Duration MAX_CONNECT = Duration.ofSeconds(3);

    private final UnaryOperator<String> env;
    private boolean enabled;
    private String url;
    private String model;
    private int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
    private double weight = EmbeddingReranker.Settings.defaults(Duration.ofSeconds(1)).embeddingWeight();
    private int candidates = EmbeddingReranker.Settings.defaults(Duration.ofSeconds(1)).candidates();

    public RerankOptions(UnaryOperator<String> env) {
        this.env = env;
    }

    /** Consumes the option at {@code args[i]} if it is one of ours; returns the index of its last word, or -1 if not ours. */
    public int accept(List<String> args, int i) {
        String a = args.get(i);
        if (a.equals("--rerank")) {
            enabled = true;
            return i;
        }
        if (!List.of("--rerank-ollama", "--embed-model", "--rerank-timeout", "--rerank-weight", "--rerank-candidates").contains(a)) {
            return -1;
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(a + " needs a value");
        }
        String v = args.get(i + 1);
        switch (a) {
            case "--rerank-ollama" -> {
                enabled = true;
                url = v;
            }
            case "--embed-model" -> model = v;
            case "--rerank-timeout" -> timeoutSeconds = whole(a, v, 1, 600);
            case "--rerank-candidates" -> candidates = whole(a, v, 1, 200);
            default -> {
                try {
                    weight = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    weight = Double.NaN;
                }
                if (!(weight >= 0 && weight <= 1)) {
                    throw new IllegalArgumentException("--rerank-weight needs a number from 0 (BM25 only) to 1 (embeddings only)");
                }
            }
        }
        return i + 1;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The embedding model these options name (after the environment default), for reports. */
    public String model() {
        return model != null ? model : env.apply("HANDOFF_EMBED_MODEL");
    }

    /** One line naming the configuration, for reports. */
    public String describe() {
        return String.format(Locale.ROOT, "%s, weight %.2f, %d candidates, timeout %d s", model(), weight, candidates, timeoutSeconds);
    }

    /** The reranker for these options; {@link IllegalArgumentException} names what is missing. */
    public EmbeddingReranker reranker() {
        String u = url != null ? url : env.apply("HANDOFF_OLLAMA_URL");
        if (u == null || u.isBlank()) {
            throw new IllegalArgumentException("--rerank needs --rerank-ollama URL or HANDOFF_OLLAMA_URL");
        }
        String name = model();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("re-ranking needs --embed-model NAME or HANDOFF_EMBED_MODEL (e.g. nomic-embed-text)");
        }
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        Duration connect = timeout.compareTo(MAX_CONNECT) < 0 ? timeout : MAX_CONNECT;
        OllamaEmbeddings embeddings = new OllamaEmbeddings(new OllamaEmbeddingSettings(URI.create(u), name, connect, timeout,
                OllamaEmbeddingSettings.DEFAULT_CACHE), ModelCallGate.passThrough(), Redactor.defaults());
        return new EmbeddingReranker(embeddings::embed, new EmbeddingReranker.Settings(candidates, weight, timeout, 4));
    }

    private static int whole(String option, String v, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(option + " needs a whole number from " + min + " to " + max);
        }
        return n;
    }
}
