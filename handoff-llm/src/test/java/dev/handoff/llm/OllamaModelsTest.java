package dev.handoff.llm;

import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OllamaModelsTest {

    private HttpServer server;
    private final AtomicReference<String> lastBody = new AtomicReference<>();
    private final AtomicReference<String> lastProtocol = new AtomicReference<>();

    @BeforeEach
    void startFakeOllama() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/chat", exchange -> {
            lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            lastProtocol.set(exchange.getRequestHeaders().getFirst("Upgrade"));
            byte[] reply = ("{\"model\":\"m\",\"created_at\":\"2026-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\","
                    + "\"content\":\"pong\"},\"done\":true,\"done_reason\":\"stop\",\"prompt_eval_count\":3,\"eval_count\":1}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theClientSpeaksPlainHttp11WithTemperatureZeroAndTheConfiguredContext() {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        ChatModel model = OllamaModels.chatModel(new OllamaSettings(url, "qwen2.5:7b", Duration.ofSeconds(2), Duration.ofSeconds(5), 8192));

        String answer = PluginClassLoader.call(() -> model.chat(UserMessage.from("ping")).aiMessage().text());

        assertThat(answer).isEqualTo("pong");
        assertThat(lastBody.get()).contains("\"model\" : \"qwen2.5:7b\"").contains("\"temperature\" : 0.0").contains("\"num_ctx\" : 8192");
        assertThat(lastProtocol.get()).as("no h2c upgrade").isNull();
    }

    @Test
    void anEndpointThatIsNotHttpIsRefused() {
        assertThatThrownBy(() -> new OllamaSettings(URI.create("file:///etc/passwd"), "m", null, null, 2048))
                .hasMessageContaining("http(s)");
        assertThatThrownBy(() -> new OllamaSettings(URI.create("http://h:1"), " ", null, null, 2048))
                .hasMessageContaining("model name");
    }

    @Test
    void theContextClassLoaderIsRestoredAfterACall() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        assertThatThrownBy(() -> PluginClassLoader.call(() -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }
}
