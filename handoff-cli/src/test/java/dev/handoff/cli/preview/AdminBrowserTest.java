package dev.handoff.cli.preview;

import com.sun.net.httpserver.HttpServer;
import dev.handoff.jira.job.RetentionJob;
import dev.handoff.jira.knowledge.KnowledgeSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin screen's script in headless Debian Chromium against {@link AdminPreviewServer} (the plugin's admin
 * service over in-memory settings) and a loopback server that speaks Ollama's protocol and, below {@code /v1}, an
 * OpenAI-compatible server's model list. Screenshots go to {@code target/screenshots/}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AdminBrowserTest {

    private static final Path SHOTS = Path.of("target/screenshots");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static ChromeDriver driver;
    private static HeadlessChromium chromium;
    private AdminPreviewServer server;
    private HttpServer ollama;
    /** The paths the model server was asked for, in order. */
    private final List<String> modelRequests = Collections.synchronizedList(new ArrayList<>());
    @TempDir
    Path temp;

    @BeforeAll
    static void browser() throws IOException {
        chromium = HeadlessChromium.start("1000,3000", WAIT);
        driver = chromium.driver;
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void quit() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void servers() throws IOException {
        server = AdminPreviewServer.start(PanelSources.properties(PanelSources.EN));
        ollama = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Map<String, String> bodies = Map.of(
                "/api/version", "{\"version\":\"0.5.7\"}",
                "/api/tags", "{\"models\":[{\"name\":\"llama3.1:8b\",\"model\":\"llama3.1:8b\",\"size\":4920753328}]}",
                "/v1/models", "{\"object\":\"list\",\"data\":[{\"id\":\"Qwen/Qwen2.5-7B-Instruct\",\"object\":\"model\"}]}");
        ollama.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            modelRequests.add(path);
            if (path.startsWith("/moved/")) {
                ex.getResponseHeaders().set("Location", ollamaUrl() + "/api/version");
                ex.sendResponseHeaders(301, -1);
                ex.close();
                return;
            }
            byte[] body = bodies.getOrDefault(path, "{\"error\":\"not found\"}").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(bodies.containsKey(path) ? 200 : 404, body.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        });
        ollama.start();
    }

    @AfterEach
    void stop() {
        server.close();
        ollama.stop(0);
    }

    private String ollamaUrl() {
        return "http://127.0.0.1:" + ollama.getAddress().getPort();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void open() {
        driver.get(server.url().toString());
        assertThat(driver.getTitle()).isEqualTo(AdminPreviewServer.TITLE);
        new WebDriverWait(driver, WAIT).until(d -> "true".equals(admin().getAttribute("data-ready")));
    }

    private static WebElement admin() {
        return driver.findElement(By.cssSelector(".handoff-admin"));
    }

    private static WebElement input(String name) {
        return admin().findElement(By.name(name));
    }

    private static void type(String name, String value) {
        WebElement e = input(name);
        e.clear();
        e.sendKeys(value);
    }

    private static WebElement status() {
        return admin().findElement(By.cssSelector(".handoff-admin-status"));
    }

    private static void save() {
        admin().findElement(By.cssSelector("[data-handoff-action='save']")).click();
        new WebDriverWait(driver, WAIT).until(d -> !"busy".equals(status().getAttribute("data-kind")));
    }

    private static WebElement testConnection() {
        admin().findElement(By.cssSelector("[data-handoff-action='test']")).click();
        WebElement result = admin().findElement(By.cssSelector(".handoff-admin-test-result"));
        new WebDriverWait(driver, WAIT).until(d -> !"running".equals(result.getAttribute("data-outcome")));
        return result;
    }

    /** A report section once its data is shown (after the page load or a refresh). */
    private static WebElement report(String section) {
        WebElement fs = admin().findElement(By.cssSelector("[data-section='" + section + "']"));
        new WebDriverWait(driver, WAIT).until(d -> fs.getAttribute("data-state") != null && !"loading".equals(fs.getAttribute("data-state")));
        assertThat(fs.getAttribute("data-state")).as(fs.getText()).isEqualTo("ready");
        return fs;
    }

    private static WebElement healthItem(WebElement health, String id) {
        return health.findElement(By.cssSelector("[data-health='" + id + "']"));
    }

    private static WebElement refreshHealth() {
        WebElement fs = admin().findElement(By.cssSelector("[data-section='section.health']"));
        fs.findElement(By.cssSelector("[data-handoff-action='handoff-admin-health-refresh']")).click();
        new WebDriverWait(driver, WAIT).until(d -> !"loading".equals(fs.getAttribute("data-state")));
        return report("section.health");
    }

    private static List<List<String>> rows(WebElement table) {
        return table.findElements(By.cssSelector("tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }

    private static WebElement knowledge() {
        return admin().findElement(By.cssSelector("[data-section='section.knowledge']"));
    }

    private static WebElement knowledgeStatus() {
        return knowledge().findElement(By.cssSelector(".handoff-admin-knowledge-status"));
    }

    /** Runs a change in the knowledge section and waits for its outcome line (shown once the table is reloaded). */
    private static WebElement knowledgeChange(Runnable action) {
        new WebDriverWait(driver, WAIT).until(d -> "ready".equals(knowledge().getAttribute("data-state")));
        driver.executeScript("arguments[0].removeAttribute('data-kind')", knowledgeStatus());
        action.run();
        new WebDriverWait(driver, WAIT).until(d -> {
            String kind = knowledgeStatus().getAttribute("data-kind");
            return kind != null && !kind.equals("busy");
        });
        return knowledgeStatus();
    }

    private static WebElement sourceRow(String name) {
        return knowledge().findElements(By.cssSelector("tr.handoff-admin-knowledge-source")).stream()
                .filter(tr -> tr.findElement(By.tagName("td")).getText().equals(name)).findFirst().orElseThrow();
    }

    private static void addSource(String name, String tier) {
        type("knowledge.name", name);
        new Select(input("knowledge.tier")).selectByValue(tier);
        knowledge().findElement(By.cssSelector("[data-handoff-action='knowledge-add']")).click();
    }

    private static List<String> problems() {
        return knowledgeStatus().findElements(By.cssSelector(".handoff-admin-knowledge-problems li")).stream()
                .map(WebElement::getText).toList();
    }

    /** A zip as an admin would export runbooks: two usable documents and a PDF that cannot be indexed. */
    private Path runbookZip() throws IOException {
        Path zip = temp.resolve("network-runbooks.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("vpn/reset-vpn-client.md"));
            out.write("# Reset the VPN client\n\nQuit the client, delete the cached profile and sign in again.\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("dns/flush-dns.html"));
            out.write("<html><head><title>Flush the DNS cache</title></head><body><p>Run ipconfig /flushdns as administrator.</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("scans/network-diagram.pdf"));
            out.write(new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2, 3});
            out.closeEntry();
        }
        return zip;
    }

    private static void shot(String name) throws IOException {
        shot(name, admin());
    }

    private static void shot(String name, WebElement element) throws IOException {
        // a section below the window would be cut off at the window's edge
        driver.executeScript("arguments[0].scrollIntoView(true)", element);
        File f = element.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    // ------------------------------------------------------------------------------------------------ tests

    @Test
    void the_screen_loads_the_settings_in_effect_with_ranges_and_labels() throws IOException {
        open();

        assertThat(input("modelName").getAttribute("value")).isEqualTo("llama3.1:8b");
        assertThat(input("readTimeoutSeconds").getAttribute("value")).isEqualTo("60");
        assertThat(input("tier2Group").getAttribute("value")).isEqualTo("handoff-tier2");
        assertThat(input("readTimeoutSeconds").getAttribute("max")).isEqualTo("600");
        assertThat(admin().getText()).contains("Model server URL").contains("Required slots per category")
                .contains("Allowed: 1\u2013600");
        shot("admin-loaded");
    }

    @Test
    void edited_values_are_saved_and_shown_again_after_a_reload() throws IOException {
        open();
        type("modelUrl", ollamaUrl());
        type("tier2Group", "sd-tier2");
        type("retentionDays", "90");
        type("environmentFields.os", "customfield_10101");
        type("requiredSlots", "*=os\nNetwork=device, os");
        type("redactionPatterns", "EMPID=EMP-(\\d{6})");

        save();

        assertThat(status().getText()).isEqualTo("Saved.");
        assertThat(server.stored).containsEntry("handoff.tiers.tier2Group", "sd-tier2")
                .containsEntry("handoff.retention.days", "90")
                .containsEntry("handoff.field.os", "customfield_10101")
                .containsEntry("handoff.required.network", "device,os")
                .containsEntry("handoff.redaction.extraPatterns", "EMPID=EMP-(\\d{6})");
        open();
        assertThat(input("tier2Group").getAttribute("value")).isEqualTo("sd-tier2");
        assertThat(input("requiredSlots").getAttribute("value")).isEqualTo("*=os\nnetwork=device, os");
        shot("admin-saved");
    }

    @Test
    void a_bad_value_is_shown_at_its_field_and_nothing_is_saved() throws IOException {
        open();
        type("tier1Group", "changed");
        type("connectTimeoutSeconds", "0");

        save();

        assertThat(status().getAttribute("data-kind")).isEqualTo("error");
        assertThat(status().getText()).startsWith("Not saved: connectTimeoutSeconds must be a whole number from 1 to 60");
        WebElement row = admin().findElement(By.cssSelector(".handoff-admin-field.handoff-admin-invalid"));
        assertThat(row.getAttribute("data-field")).isEqualTo("connectTimeoutSeconds");
        assertThat(row.findElement(By.cssSelector(".handoff-admin-error")).isDisplayed()).isTrue();
        assertThat(server.stored).isEmpty();
        shot("admin-invalid");

        type("redactionPatterns", "broken=(unclosed");
        type("connectTimeoutSeconds", "5");
        save();
        assertThat(admin().findElement(By.cssSelector(".handoff-admin-invalid")).getAttribute("data-field"))
                .isEqualTo("redactionPatterns");
        assertThat(server.stored).isEmpty();
    }

    @Test
    void test_connection_reaches_ollama_and_finds_the_model() throws IOException {
        open();
        type("modelUrl", ollamaUrl());
        type("modelName", "llama3.1:8b");

        WebElement result = testConnection();

        assertThat(result.getAttribute("data-outcome")).isEqualTo("ok");
        assertThat(result.getText()).isEqualTo("Reachable. Ollama version 0.5.7. The model is installed on this server.");
        type("modelName", "mistral:7b");
        assertThat(testConnection().getText()).contains("The model is not installed on this server.");
        shot("admin-test-ok");
    }

    @Test
    void test_connection_refuses_a_redirect_and_a_file_url() throws IOException {
        open();
        type("modelUrl", ollamaUrl() + "/moved/");

        WebElement redirect = testConnection();

        assertThat(redirect.getAttribute("data-outcome")).isEqualTo("redirect");
        assertThat(redirect.getText()).startsWith("The server answered with a redirect, which is refused.").contains("3xx");

        type("modelUrl", "file:///etc/passwd");
        WebElement file = testConnection();

        assertThat(file.getAttribute("data-outcome")).isEqualTo("refused");
        assertThat(file.getText()).isEqualTo("Only http:// and https:// URLs can be tested.");
        assertThat(driver.getPageSource()).doesNotContain("root:x:0:0");
        shot("admin-test-refused");
    }

    @Test
    void labels_come_from_the_shell_here_german() throws IOException {
        server.close();
        server = AdminPreviewServer.start(PanelSources.properties(PanelSources.DE));
        open();

        assertThat(admin().findElement(By.cssSelector("[data-handoff-action='save']")).getText()).isEqualTo("Speichern");
        assertThat(admin().getText()).contains("URL des Modellservers").contains("Verbindung testen");
        assertThat(report("section.health").getText()).contains("Zustand").contains("Auftragswarteschlange")
                .contains("2 wartend, 1 in Arbeit");
        assertThat(report("section.whereUsed").getText()).contains("Wo Handoff verwendet wird")
                .contains("Nachbearbeitungsfunktion \u201eEskalationsnotiz entwerfen\u201c");
        assertThat(admin().getText()).contains("Art des Servers").contains("Antwort als Stream lesen").contains("Team-Feld")
                .contains("Freigegebene Confluence-Bereiche").contains("Wissensquellen").contains("Noch keine Wissensquellen.");
        knowledgeChange(() -> addSource("Netzwerk", "1"));
        Path zip = runbookZip();
        WebElement imported = knowledgeChange(() -> sourceRow("Netzwerk").findElement(By.cssSelector("input[type='file']"))
                .sendKeys(zip.toString()));
        assertThat(imported.getText()).startsWith("Netzwerk: 2 importiert.\nNicht importiert:");
        assertThat(knowledge().getText()).contains("Dokumente hochladen").contains("Umbenennen oder Stufe \u00e4ndern");
    }

    @Test
    void a_required_slots_line_without_an_equals_sign_is_refused_before_sending() {
        open();
        type("requiredSlots", "network device");

        save();

        assertThat(admin().findElement(By.cssSelector(".handoff-admin-invalid")).getAttribute("data-field"))
                .isEqualTo("requiredSlots");
        assertThat(server.stored).isEmpty();
    }

    @Test
    void a_project_is_turned_off_and_given_its_own_tier_and_an_unknown_key_is_refused() throws IOException {
        open();
        type("projectKey", "nope");
        admin().findElement(By.cssSelector("[data-handoff-action='project-load']")).click();
        WebElement projectStatus = admin().findElement(By.cssSelector(".handoff-admin-project-status"));
        new WebDriverWait(driver, WAIT).until(d -> "error".equals(projectStatus.getAttribute("data-kind")));
        assertThat(projectStatus.getText()).isEqualTo("There is no project with this key.");

        type("projectKey", "sd");
        admin().findElement(By.cssSelector("[data-handoff-action='project-load']")).click();
        new WebDriverWait(driver, WAIT).until(d -> input("project.enabled").isDisplayed());
        new Select(input("project.enabled")).selectByValue("false");
        new Select(input("project.targetTier")).selectByValue("3");
        type("project.commentGroup", "sd-agents");
        admin().findElement(By.cssSelector("[data-handoff-action='project-save']")).click();
        new WebDriverWait(driver, WAIT).until(d -> "success".equals(projectStatus.getAttribute("data-kind")));

        assertThat(server.projects.get("SD")).containsEntry("handoff.project.enabled", "false")
                .containsEntry("handoff.project.targetTier", "3").containsEntry("handoff.project.commentGroup", "sd-agents")
                .doesNotContainKey("handoff.project.postAsComment");
        assertThat(server.stored).isEmpty();
        shot("admin-project");
    }

    @Test
    void the_health_section_shows_the_model_the_queue_the_failures_with_reasons_and_the_last_purge() throws IOException {
        server.jobState.put(RetentionJob.LAST_RUN_KEY, "2026-03-12T02:00:00Z purged 3 escalations, 4 drafts, 9 audit rows");
        open();
        WebElement health = report("section.health");
        assertThat(healthItem(health, "model").getAttribute("data-state")).isEqualTo("off");
        assertThat(healthItem(health, "model").getText()).contains("No model configured");

        type("modelUrl", ollamaUrl());
        save();
        health = refreshHealth();

        assertThat(healthItem(health, "model").getText()).contains(ollamaUrl()).contains("llama3.1:8b");
        assertThat(healthItem(health, "model-reachable").getAttribute("data-state")).isEqualTo("ok");
        assertThat(healthItem(health, "model-reachable").getText()).endsWith("Reachable (Ollama 0.5.7)");
        assertThat(healthItem(health, "model-present").getAttribute("data-state")).isEqualTo("ok");
        assertThat(healthItem(health, "model-present").getText()).startsWith("llama3.1:8b").endsWith("Model installed");
        assertThat(healthItem(health, "queue").getText()).endsWith("2 waiting, 1 drafting, oldest waiting for 7 min");
        assertThat(healthItem(health, "purge").getText())
                .endsWith("365 days kept, last purge 2026-03-12T02:00:00Z purged 3 escalations, 4 drafts, 9 audit rows");
        assertThat(healthItem(health, "indexes").getText()).endsWith("Not reported: this Jira has no knowledge index yet.");
        List<List<String>> failures = rows(health.findElement(By.cssSelector("table.handoff-admin-failures")));
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).startsWith("10007", "2").endsWith("3", PreviewOperations.TIMEOUT);
        assertThat(failures.get(1)).startsWith("10003", "1").endsWith("1", PreviewOperations.DELETED);
        shot("admin-health", health);

        type("modelName", "mistral:7b");
        save();
        health = refreshHealth();
        assertThat(healthItem(health, "model-present").getAttribute("data-state")).isEqualTo("bad");
        assertThat(healthItem(health, "model-present").getText()).endsWith("Model not installed");

        type("modelUrl", "http://127.0.0.1:1");
        save();
        health = refreshHealth();
        assertThat(healthItem(health, "model-reachable").getAttribute("data-state")).isEqualTo("bad");
        assertThat(healthItem(health, "model-reachable").getText()).contains("Not reachable");
        assertThat(health.findElements(By.cssSelector("[data-health='model-present']"))).isEmpty();
    }

    @Test
    void the_where_used_section_lists_every_workflow_and_transition_that_uses_handoff_before_uninstall() throws IOException {
        open();

        WebElement whereUsed = report("section.whereUsed");

        assertThat(whereUsed.getText()).contains("Remove them before you disable or uninstall Handoff");
        assertThat(rows(whereUsed.findElement(By.cssSelector("table.handoff-admin-where-used-list")))).containsExactly(
                List.of("IT Service Desk", "active", "Escalate to tier 2", "Validator \u201cEscalation context complete\u201d"),
                List.of("IT Service Desk", "active", "Escalate to tier 2", "Post-function \u201cDraft escalation note\u201d"),
                List.of("Old desk", "inactive", "Escalate", "Post-function \u201cDraft escalation note\u201d"));
        assertThat(whereUsed.getText()).doesNotContain("Software").doesNotContain("Resolve");
        shot("admin-where-used", whereUsed);
    }

    @Test
    void a_knowledge_source_is_added_given_a_zip_re_tiered_and_deleted() throws IOException {
        open();
        assertThat(knowledge().getText()).contains("No knowledge sources yet.")
                .contains("Index on this node: not built yet: it is built before the next search");

        WebElement added = knowledgeChange(() -> addSource("Network runbooks", "1"));

        assertThat(added.getAttribute("data-kind")).isEqualTo("success");
        assertThat(rows(knowledge().findElement(By.cssSelector("table.handoff-admin-knowledge-sources"))).get(0))
                .startsWith("Network runbooks", "1", "0").anySatisfy(cell -> assertThat(cell).endsWith("UTC by preview-admin"));

        Path zip = runbookZip();
        WebElement imported = knowledgeChange(() -> sourceRow("Network runbooks")
                .findElement(By.cssSelector("input[type='file']")).sendKeys(zip.toString()));

        assertThat(imported.getAttribute("data-kind")).isEqualTo("success");
        assertThat(imported.findElement(By.cssSelector(".handoff-admin-knowledge-message")).getText())
                .isEqualTo("Network runbooks: 2 imported.");
        assertThat(problems()).containsExactly("scans/network-diagram.pdf: unknown format (expected .md, .markdown, .html, .htm, .xhtml or .xml)");
        assertThat(server.lastUploadType).isEqualTo("application/zip");
        assertThat(sourceRow("Network runbooks").findElements(By.tagName("td")).get(2).getText()).isEqualTo("2");
        List<String> stored = new ArrayList<>();
        server.knowledgeStore.forEachDocument(d -> stored.add(d.path()));
        assertThat(stored).containsExactlyInAnyOrder("vpn/reset-vpn-client.md", "dns/flush-dns.html");

        WebElement index = knowledge().findElement(By.cssSelector(".handoff-admin-knowledge-index"));
        assertThat(index.getText()).isEqualTo("Index on this node: not built yet: it is built before the next search");
        server.searchKnowledge("vpn client");
        knowledge().findElement(By.cssSelector("[data-handoff-action='knowledge-refresh']")).click();
        new WebDriverWait(driver, WAIT).until(d -> "true".equals(index.getAttribute("data-current")));
        assertThat(index.getText()).startsWith("Index on this node: 2 documents, built ").endsWith(" UTC, up to date");
        sourceRow("Network runbooks").findElement(By.cssSelector("[data-handoff-action='knowledge-edit']")).click();
        WebElement editor = knowledge().findElement(By.cssSelector("tr.handoff-admin-knowledge-editor"));
        new Select(editor.findElement(By.name("knowledge-edit-tier"))).selectByValue("3");
        shot("admin-knowledge", knowledge());
        WebElement retiered = knowledgeChange(() -> editor.findElement(By.cssSelector("[data-handoff-action='knowledge-save']")).click());

        assertThat(retiered.getText()).isEqualTo("Saved. Network runbooks, Tier 3");
        assertThat(sourceRow("Network runbooks").findElements(By.tagName("td")).get(1).getText()).isEqualTo("3");
        assertThat(server.knowledgeStore.sources()).extracting(KnowledgeSource::tier).containsExactly(3);
        assertThat(index.getAttribute("data-current")).isEqualTo("false");
        assertThat(index.getText()).startsWith("Index on this node: 2 documents, built ")
                .endsWith("UTC, sources changed since: rebuilt before the next search");

        WebElement twice = knowledgeChange(() -> addSource("network RUNBOOKS", "2"));
        assertThat(twice.getAttribute("data-kind")).isEqualTo("error");
        assertThat(knowledge().findElement(By.cssSelector(".handoff-admin-invalid")).getAttribute("data-field")).isEqualTo("name");
        assertThat(knowledge().findElement(By.cssSelector(".handoff-admin-invalid .handoff-admin-error")).getText())
                .isEqualTo("A knowledge source with this name exists.");
        assertThat(server.knowledgeStore.sources()).hasSize(1);

        sourceRow("Network runbooks").findElement(By.cssSelector("[data-handoff-action='knowledge-delete']")).click();
        assertThat(driver.switchTo().alert().getText()).contains("Delete this knowledge source").contains("Network runbooks");
        driver.switchTo().alert().dismiss();
        assertThat(server.knowledgeStore.sources()).hasSize(1);
        WebElement deleted = knowledgeChange(() -> {
            sourceRow("Network runbooks").findElement(By.cssSelector("[data-handoff-action='knowledge-delete']")).click();
            driver.switchTo().alert().accept();
        });

        assertThat(deleted.getText()).isEqualTo("Deleted: Network runbooks");
        assertThat(knowledge().getText()).contains("No knowledge sources yet.");
        assertThat(server.knowledgeStore.sources()).isEmpty();
    }

    @Test
    void an_upload_with_nothing_to_index_is_refused_naming_each_file_and_the_source_keeps_its_documents() throws IOException {
        open();
        knowledgeChange(() -> addSource("Desk runbooks", "2"));
        Path zip = runbookZip();
        knowledgeChange(() -> sourceRow("Desk runbooks").findElement(By.cssSelector("input[type='file']")).sendKeys(zip.toString()));
        Path pdf = Files.write(temp.resolve("manual.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 7});

        WebElement refused = knowledgeChange(() -> sourceRow("Desk runbooks").findElement(By.cssSelector("input[type='file']"))
                .sendKeys(pdf.toString()));

        assertThat(refused.getAttribute("data-kind")).isEqualTo("error");
        assertThat(refused.findElement(By.cssSelector(".handoff-admin-knowledge-message")).getText()).isEqualTo(
                "Desk runbooks: Nothing was imported: no file could be indexed; the source keeps its documents.");
        assertThat(problems()).containsExactly("manual.pdf: unknown format (expected .md, .markdown, .html, .htm, .xhtml or .xml)");
        assertThat(server.lastUploadType).isEqualTo("application/octet-stream");
        assertThat(server.knowledgeStore.sources()).extracting(KnowledgeSource::documents).containsExactly(2);
    }

    @Test
    void the_openai_protocol_locks_streaming_and_test_connection_asks_for_its_model_list() throws IOException {
        open();
        WebElement stream = input("modelStream");
        assertThat(new Select(input("modelProtocol")).getFirstSelectedOption().getText()).isEqualTo("Ollama");
        assertThat(stream.isEnabled()).isTrue();
        stream.click();
        assertThat(stream.isSelected()).isTrue();

        new Select(input("modelProtocol")).selectByVisibleText("OpenAI-compatible (vLLM, llama.cpp)");

        assertThat(stream.isSelected()).isFalse();
        assertThat(stream.isEnabled()).isFalse();
        type("modelUrl", ollamaUrl() + "/v1");
        type("modelName", "Qwen/Qwen2.5-7B-Instruct");
        WebElement result = testConnection();
        assertThat(result.getAttribute("data-outcome")).isEqualTo("ok");
        assertThat(result.getText()).isEqualTo("Reachable. The model is installed on this server.");
        assertThat(modelRequests).containsExactly("/v1/models");
        shot("admin-model-openai", admin().findElement(By.cssSelector("[data-section='section.model']")));

        new Select(input("modelProtocol")).selectByValue("ollama");
        assertThat(stream.isEnabled()).isTrue();
        type("modelUrl", ollamaUrl());
        type("modelName", "llama3.1:8b");
        assertThat(testConnection().getText()).startsWith("Reachable. Ollama version 0.5.7.");
        assertThat(modelRequests).containsExactly("/v1/models", "/api/version", "/api/tags");
    }

    @Test
    void protocol_streaming_embedding_model_team_field_and_confluence_spaces_are_saved_and_shown_again_after_a_reload() {
        open();
        assertThat(input("teamField").getAttribute("value")).isEmpty();
        assertThat(admin().getText()).contains("Searched through the primary Confluence application link of Jira, as the requesting user.");
        input("modelStream").click();
        type("teamField", "customfield_10300");
        type("embedModel", "nomic-embed-text");
        type("confluenceSpaces", "OPS");

        save();

        assertThat(admin().findElement(By.cssSelector(".handoff-admin-invalid")).getAttribute("data-field")).isEqualTo("confluenceSpaces");
        assertThat(status().getText()).contains("expected KEY:TIER");
        assertThat(server.stored).isEmpty();

        type("confluenceSpaces", "OPS:1, NET:2");
        save();

        assertThat(status().getText()).isEqualTo("Saved.");
        assertThat(server.stored).containsEntry("handoff.model.protocol", "ollama").containsEntry("handoff.model.stream", "true")
                .containsEntry("handoff.team.field", "customfield_10300").containsEntry("handoff.confluence.spaces", "NET:2,OPS:1")
                .containsEntry("handoff.model.embedModel", "nomic-embed-text");
        open();
        assertThat(input("modelStream").isSelected()).isTrue();
        assertThat(input("embedModel").getAttribute("value")).isEqualTo("nomic-embed-text");
        assertThat(input("teamField").getAttribute("value")).isEqualTo("customfield_10300");
        assertThat(input("confluenceSpaces").getAttribute("value")).isEqualTo("NET:2,OPS:1");

        new Select(input("modelProtocol")).selectByValue("openai");
        save();

        assertThat(status().getText()).isEqualTo("Saved.");
        assertThat(server.stored).containsEntry("handoff.model.protocol", "openai").containsEntry("handoff.model.stream", "false");
        open();
        assertThat(new Select(input("modelProtocol")).getFirstSelectedOption().getAttribute("value")).isEqualTo("openai");
        assertThat(input("modelStream").isSelected()).isFalse();
        assertThat(input("modelStream").isEnabled()).isFalse();
    }

    @Test
    void the_health_section_shows_the_nodes_knowledge_index_and_when_the_sources_changed_since() {
        java.time.Instant at = java.time.Instant.parse("2026-03-12T10:15:00Z");
        dev.handoff.jira.knowledge.KnowledgeSource desk = server.knowledgeStore.addSource("Desk", 1, "admin", at);
        server.knowledgeStore.replaceDocuments(desk.id(), List.of(
                new dev.handoff.jira.knowledge.SourceDocument(desk.id(), "vpn.md", "# VPN\n\nRenew the certificate."),
                new dev.handoff.jira.knowledge.SourceDocument(desk.id(), "wifi.md", "# Wi-Fi\n\nForget the network.")), "admin", at);
        server.searchKnowledge("vpn certificate");
        open();

        assertThat(healthItem(report("section.health"), "indexes").getText()).contains("preview-node: ")
                .contains("(2 documents, built ").endsWith("up to date)");

        server.knowledgeStore.updateSource(desk.id(), "Desk", 2, "admin", at);
        assertThat(healthItem(refreshHealth(), "indexes").getText()).contains("(2 documents, built ")
                .endsWith("sources changed since: rebuilt before the next search)");
    }
}
