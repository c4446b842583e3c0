package dev.handoff.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.handoff.core.prose.ModelCallGate;
import dev.handoff.core.redact.Redactor;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Query and passage embeddings from a self-hosted Ollama ({@code POST /api/embed}), for re-ranking knowledge hits.
 * The query and every passage not embedded before go in one request. Texts are redacted before they leave: an
 * approved runbook may still hold a password. Passage embeddings are kept in memory by model and text hash, up to
 * the configured count (least recently used go first), so the same runbooks are not embedded on every search.
 *
 * <p>Failures throw {@link Unavailable} with a reason a person can act on; the exception's message never
 * contains the texts or the server's answer. Callers fall back to BM25 on it.
 */
public final class OllamaEmbeddings {

    /** The embeddings could not be had; the message says why. */
    public static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String reason) {
            super(reason);
        }
    }

    private final OllamaEmbeddingSettings settings;
    private final EmbeddingModel model;
    private final ModelCallGate gate;
    private final Redactor redactor;
    private final String queryPrefix;
    private final String documentPrefix;
    private final Map<String, float[]> cache;

    public OllamaEmbeddings(OllamaEmbeddingSettings settings, ModelCallGate gate, Redactor redactor) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.model = build(settings);
        // nomic-embed-text is trained with task prefixes and ranks worse without them (its model card; llm.md §6.3)
        boolean nomic = settings.model().startsWith("nomic-embed-text");
        this.queryPrefix = nomic ? "search_query: " : "";
        this.documentPrefix = nomic ? "search_document: " : "";
        int cap = settings.cacheSize();
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > cap;
            }
        };
    }

    /**
     * The HTTP client is passed explicitly (no SPI lookup through a foreign class loader), HTTP/1.1, no proxy, no
     * redirects, no retries. {@code timeout(...)} of the model builder is left unset on purpose: it would replace
     * the connect timeout with the read timeout.
     */
    private static EmbeddingModel build(OllamaEmbeddingSettings s) {
        return PluginClassLoader.call(() -> OllamaEmbeddingModel.builder()
                .httpClientBuilder(JdkHttpClient.builder()
                        .httpClientBuilder(HttpClient.newBuilder()
                                .version(HttpClient.Version.HTTP_1_1)
                                .followRedirects(HttpClient.Redirect.NEVER)
                                .proxy(HttpClient.Builder.NO_PROXY))
                        .connectTimeout(s.connectTimeout())
                        .readTimeout(s.timeout()))
                .baseUrl(s.baseUrl().toString())
                .modelName(s.model())
                .maxRetries(0)
                .build());
    }

    /** The query's vector, then one per passage in order. A blank passage is not sent and gets a zero vector. */
    public List<float[]> embed(String query, List<String> passages) {
        String q = queryPrefix + redactor.redact(Objects.requireNonNull(query, "query")).text();
        List<String> texts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String p : passages) {
            String text = p == null || p.isBlank() ? null : documentPrefix + redactor.redact(p).text();
            texts.add(text);
            keys.add(text == null ? null : key(text));
        }
        float[][] found = new float[texts.size()][];
        List<String> toSend = new ArrayList<>();
        toSend.add(q);
        Map<String, Integer> sentAt = new LinkedHashMap<>();
        synchronized (cache) {
            for (int i = 0; i < texts.size(); i++) {
                if (keys.get(i) == null) {
                    continue;
                }
                found[i] = cache.get(keys.get(i));
                if (found[i] == null && !sentAt.containsKey(keys.get(i))) {
                    sentAt.put(keys.get(i), toSend.size());
                    toSend.add(texts.get(i));
                }
            }
        }
        List<float[]> answer = call(toSend);
        float[] queryVector = answer.get(0);
        int dimension = queryVector.length;
        synchronized (cache) {
            for (int i = 0; i < texts.size(); i++) {
                if (found[i] != null && found[i].length != dimension) {
                    cache.clear();
                    throw new Unavailable("the embedding model's vectors changed length (" + found[i].length + " to "
                            + dimension + "); cached passage embeddings were dropped");
                }
            }
            sentAt.forEach((key, at) -> cache.put(key, answer.get(at)));
        }
        List<float[]> out = new ArrayList<>();
        out.add(queryVector.clone());
        for (int i = 0; i < texts.size(); i++) {
            float[] v = keys.get(i) == null ? new float[dimension] : found[i] != null ? found[i] : answer.get(sentAt.get(keys.get(i)));
            out.add(v.clone());
        }
        return out;
    }

    /** Passage embeddings held in memory now. */
    public int cached() {
        synchronized (cache) {
            return cache.size();
        }
    }

    private List<float[]> call(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<Embedding> embeddings;
        try {
            embeddings = gate.call(() -> PluginClassLoader.call(() -> model.embedAll(segments).content()));
        } catch (ModelCallGate.Refused e) {
            throw new Unavailable("model call refused: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new Unavailable(reason(e));
        }
        if (embeddings == null || embeddings.size() != texts.size()) {
            throw new Unavailable("the model server returned " + (embeddings == null ? 0 : embeddings.size())
                    + " embeddings for " + texts.size() + " texts");
        }
        List<float[]> vectors = new ArrayList<>();
        for (Embedding e : embeddings) {
            float[] v = e == null ? null : e.vector();
            if (v == null || v.length == 0 || v.length != (vectors.isEmpty() ? v.length : vectors.get(0).length)) {
                throw new Unavailable("the model server returned embeddings of different or no length");
            }
            for (float x : v) {
                if (!Float.isFinite(x)) {
                    throw new Unavailable("the model server returned an embedding with a non-finite value");
                }
            }
            vectors.add(v);
        }
        return vectors;
    }

    private String reason(RuntimeException e) {
        if (e instanceof ModelNotFoundException) {
            return "embedding model '" + settings.model() + "' not found on " + settings.baseUrl()
                    + " (ollama pull " + settings.model() + ")";
        }
        if (e instanceof UnresolvedModelServerException) {
            return "model server host unknown: " + settings.baseUrl().getHost();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException) {
                long ms = settings.timeout().toMillis();
                return "no embeddings from the model server within " + (ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms");
            }
            if (t instanceof ConnectException) {
                return "model server unreachable at " + settings.baseUrl();
            }
            if (t instanceof HttpException h) {
                return "model server error (HTTP " + h.statusCode() + ")";
            }
            if (t instanceof JsonProcessingException || t instanceof NullPointerException) {
                return "malformed answer from the model server's /api/embed";
            }
        }
        return "embedding call failed (" + e.getClass().getSimpleName() + ")";
    }

    /** Model and text hash: the redacted text itself is not kept as a key. */
    private String key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(settings.model().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
