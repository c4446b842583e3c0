package dev.handoff.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ollama's streamed chat ({@code "stream": true}, NDJSON) through langchain4j's
 * {@link OllamaStreamingChatModel}, bounded by this class rather than by the HTTP client: the read
 * timeout only covers the wait for the response headers, which Ollama sends before the first token,
 * so a stream that stalls or never ends would otherwise hold a thread for as long as the server likes.
 * Here the whole call, headers to last line, must finish within the settings' read timeout, and a
 * reply longer than {@link #MAX_REPLY_CHARS} is cut off; either way the stream is closed, the reading
 * thread is freed and the caller gets a {@link CutOff}.
 *
 * <p>The stream is read on this class's own daemon threads, whose context class loader is this
 * module's: langchain4j's JDK client would read it in a {@code CompletableFuture} continuation, i.e. on
 * the JVM-wide common pool (measured on JDK 17), whatever executor the {@code HttpClient} was given.
 */
final class StreamingChat {

    /**
     * About four times what {@link OllamaModels#NUM_PREDICT} tokens come to: only a server that ignores
     * the token cap (or loops on whitespace) gets here.
     */
    static final int MAX_REPLY_CHARS = 16_384;

    /** The reply did not arrive whole; the message is a reason a person can read and never quotes the reply. */
    static final class CutOff extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CutOff(String message) {
            super(message, null, false, false);
        }
    }

    private final OllamaSettings settings;
    private final HttpClient http;
    private final ExecutorService readers;

    StreamingChat(OllamaSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(settings.connectTimeout())
                .build();
        // Unbounded but idle threads die after a minute; how many calls run at once is the call gate's business.
        this.readers = Executors.newCachedThreadPool(readerThreads());
    }

    static ThreadFactory readerThreads() {
        AtomicInteger n = new AtomicInteger();
        ClassLoader own = StreamingChat.class.getClassLoader();
        return work -> {
            Thread t = new Thread(work, "handoff-llm-stream-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setContextClassLoader(own);
            return t;
        };
    }

    /** Sends the request and waits for the whole reply, at most the read timeout. Call with this module's context class loader. */
    ChatResponse chat(ChatRequest request) {
        Call call = new Call();
        OllamaStreamingChatModel model = OllamaStreamingChatModel.builder()
                .httpClientBuilder(call)
                .baseUrl(settings.baseUrl().toString())
                .modelName(settings.model())
                .temperature(0.0)
                .numCtx(settings.numCtx())
                .numPredict(OllamaModels.NUM_PREDICT)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .timeout(settings.readTimeout())
                .build();
        model.chat(request, call);
        return call.await(settings.readTimeout());
    }

    /**
     * One call: langchain4j's transport (it hands us the request, the NDJSON parser and its listener)
     * and the handler of the parsed reply. Per call, so a cancel reaches only this call's reader.
     */
    private final class Call implements HttpClientBuilder, dev.langchain4j.http.client.HttpClient, StreamingChatResponseHandler {

        private final CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        private final AtomicInteger chars = new AtomicInteger();
        private final Object lock = new Object();
        private Thread reader;
        private InputStream body;
        private boolean cancelled;
        private Duration connectTimeout;
        private Duration readTimeout;

        ChatResponse await(Duration budget) {
            try {
                return done.get(budget.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new CutOff("no complete reply from the model within " + budget.toSeconds() + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CutOff("interrupted while the model was replying");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                cancel();
            }
        }

        /**
         * Ends this call's request wherever it is. An interrupt frees a reader still waiting for the
         * headers; once the body is being read only closing it does (JDK 17 ignores the interrupt there).
         */
        private void cancel() {
            synchronized (lock) {
                cancelled = true;
                if (body != null) {
                    closeQuietly(body);
                } else if (reader != null) {
                    reader.interrupt();
                }
            }
        }

        private static void closeQuietly(InputStream in) {
            try {
                in.close();
            } catch (IOException e) {
                // closing is how we give up on the stream; a failure here changes nothing
            }
        }

        // --- StreamingChatResponseHandler: called on the reader thread

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            if (chars.addAndGet(partial.text().length()) > MAX_REPLY_CHARS) {
                done.completeExceptionally(new CutOff("the model's reply passed " + MAX_REPLY_CHARS + " characters and was cut off"));
                context.streamingHandle().cancel();
            }
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            done.complete(response);
        }

        @Override
        public void onError(Throwable error) {
            done.completeExceptionally(error);
        }

        // --- langchain4j HttpClient: only the streamed request is ever made

        @Override
        public SuccessfulHttpResponse execute(HttpRequest request) {
            throw new UnsupportedOperationException("streamed chat only");
        }

        @Override
        public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
            readers.execute(() -> read(request, parser, listener));
        }

        private void read(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
            synchronized (lock) {
                if (cancelled) {
                    return;
                }
                reader = Thread.currentThread();
            }
            try {
                HttpResponse<InputStream> response = http.send(toJdk(request), HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    synchronized (lock) {
                        if (cancelled) {
                            return;
                        }
                        body = in;
                    }
                    if (response.statusCode() / 100 != 2) {
                        // Ollama's error bodies are one short JSON line; a bound keeps a hostile endpoint from feeding us forever.
                        listener.onError(new HttpException(response.statusCode(),
                                new String(in.readNBytes(4096), StandardCharsets.UTF_8)));
                        return;
                    }
                    listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                            .headers(response.headers().map()).build());
                    parser.parse(in, listener);
                    listener.onClose();
                }
                if (!done.isDone()) {
                    done.completeExceptionally(new CutOff("the model's reply stream ended before the reply was complete"));
                }
            } catch (HttpTimeoutException e) {
                listener.onError(new TimeoutException(e));
            } catch (IOException e) {
                listener.onError(e);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            } catch (InterruptedException e) {
                // cancelled by await(): the caller has its answer already
            } finally {
                synchronized (lock) {
                    reader = null;
                    body = null;
                }
                Thread.interrupted();
            }
        }

        private java.net.http.HttpRequest toJdk(HttpRequest request) {
            java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                    .timeout(settings.readTimeout())
                    .method(request.method().name(), request.body() == null
                            ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
            request.headers().forEach((name, values) -> values.forEach(v -> b.header(name, v)));
            return b.build();
        }

        // --- HttpClientBuilder: langchain4j configures timeouts here; the shared client already has the settings' own

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        @Override
        public dev.langchain4j.http.client.HttpClient build() {
            return this;
        }
    }
}
