package dev.handoff.cli.preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handoff.cli.preview.PreviewBackend.Permissions;
import dev.handoff.cli.preview.PreviewBackend.State;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The panel script in headless Debian Chromium against {@code ./handoff preview}: one browser for the class, one
 * preview server (port 0) per test. Screenshots of every state go to {@code target/screenshots/}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PanelBrowserTest {

    private static final Path FIXTURES = Path.of("src/test/resources/preview");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static ChromeDriver driver;
    private static HeadlessChromium chromium;
    private PreviewServer server;

    @BeforeAll
    static void browser() throws IOException {
        chromium = HeadlessChromium.start("1000,2400", WAIT);
        driver = chromium.driver;
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void quit() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String fixture(String name) {
        try {
            return Files.readString(FIXTURES.resolve(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture body with the note naming its version, so a regenerated draft is visibly another one. */
    private static Function<Integer, String> versioned(String name) {
        return v -> {
            try {
                ObjectNode o = (ObjectNode) JSON.readTree(fixture(name));
                ObjectNode note = (ObjectNode) o.get("note");
                note.put("text", "Draft version " + v + "\n" + note.get("text").asText());
                note.put("wiki", "h3. Draft version " + v + "\n" + note.get("wiki").asText());
                return JSON.writeValueAsString(o);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static PreviewBackend.Builder ready(String key, String fixture, int version) {
        return PreviewBackend.builder(key, versioned(fixture)).buildTime(Duration.ofMillis(300))
                .startAt(State.READY, version);
    }

    private void open(PreviewBackend backend) throws IOException {
        open(backend, Map.of());
    }

    private void open(PreviewBackend backend, Map<String, String> labels) throws IOException {
        server = PreviewServer.start(backend, 0, labels, "test");
        driver.get(server.url().toString());
        assertThat(driver.getTitle()).isEqualTo("Handoff panel preview \u2014 offline, not Jira");
    }

    private static WebElement panel() {
        return driver.findElement(By.cssSelector(".handoff-panel"));
    }

    private static void waitForState(String state) {
        new WebDriverWait(driver, WAIT).until(d -> state.equals(panel().getAttribute("data-state"))
                && !"true".equals(panel().getAttribute("aria-busy")));
    }

    private static WebElement action(String name) {
        return panel().findElement(By.cssSelector("[data-handoff-action='" + name + "']"));
    }

    private static List<String> actions() {
        return panel().findElements(By.cssSelector("[data-handoff-action]")).stream()
                .map(e -> e.getAttribute("data-handoff-action")).toList();
    }

    private static String text(String css) {
        return panel().findElement(By.cssSelector(css)).getText();
    }

    private static void shot(String name) throws IOException {
        WebElement column = driver.findElement(By.cssSelector(".preview-column"));
        File f = column.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void assertNoAlert() {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    /** POST from the page itself, as the panel does; answers "status body". */
    private static String postFromPage(String path, String body) {
        Object r = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin',"
                        + " headers: {'Content-Type': 'application/json'}, body: arguments[1]})"
                        + ".then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + t); }); },"
                        + " function (e) { done('failed ' + e); });",
                path, body);
        return String.valueOf(r);
    }

    // ------------------------------------------------------------------------------------------------ tests

    @Test
    void a_ready_draft_shows_note_environment_ledger_and_redactions_and_approve_approves_it() throws IOException {
        PreviewBackend backend = ready("SD-7", "ready.json", 3).build();
        open(backend);
        waitForState("ready");
        assertThat(text("[data-handoff-badge='ready']")).isEqualToIgnoringCase("Ready for review");
        assertThat(text(".handoff-meta")).contains("Version 3").contains("Tier 2");
        assertThat(text("pre.handoff-note")).startsWith("Draft version 3").contains("VPN client drops every 10 minutes");
        assertThat(panel().findElements(By.cssSelector(".handoff-env-table tbody tr"))).hasSize(4);
        assertThat(text(".handoff-env-table")).contains("OS").contains("Windows 11 23H2")
                .contains("description, J. Doe, 12 Mar");
        assertThat(text(".handoff-env-missing")).contains("device, browser");
        assertThat(text(".handoff-asked")).contains("Which VPN client version is installed?")
                .contains("GlobalProtect 6.2.1").contains("comment 2, J. Doe, 12 Mar").contains("No answer yet");
        assertThat(text(".handoff-tried")).contains("Reinstalled the VPN client").contains("no change")
                .contains("partly helped").contains("comment 3, A. Agent, 12 Mar");
        assertThat(text(".handoff-open")).contains("Does it also happen on the office Wi-Fi?");
        assertThat(text(".handoff-redactions")).contains("api-key").contains("password").contains("\u00d7 2");
        assertThat(text(".handoff-runbooks")).contains("VPN drops every few minutes").contains("Tier 2")
                .contains("Renew the machine certificate").contains("Desk runbooks/network/vpn.md");
        assertThat(panel().findElement(By.cssSelector(".handoff-runbooks a.handoff-runbook-title")).getAttribute("href"))
                .isEqualTo("https://wiki.example/display/NET/GlobalProtect");
        assertThat(panel().findElement(By.cssSelector(".handoff-similar a.handoff-similar-key")).getAttribute("href"))
                .endsWith("/browse/SD-3");
        assertThat(text(".handoff-similar")).contains("VPN disconnects after sleep").contains("Fixed, resolved by Ana Network");
        assertThat(text(".handoff-team")).contains("Network-L2").contains("4 of the 5 most similar");
        assertThat(actions()).containsExactly("approve", "edit", "reject", "regenerate");
        shot("ready");

        action("approve").click();
        waitForState("approved");
        assertThat(text("[data-handoff-badge='approved']")).isEqualToIgnoringCase("Approved");
        assertThat(text(".handoff-decision")).contains("Approved by You (preview)");
        assertThat(actions()).containsExactly("regenerate");
        assertThat(backend.state()).isEqualTo(State.APPROVED);
        assertThat(backend.approvedText()).hasValueSatisfying(t -> assertThat(t).startsWith("h3. Draft version 3"));
        shot("approved");
    }

    @Test
    void edit_then_approve_sends_the_edited_wiki_text_to_the_backend() throws IOException {
        PreviewBackend backend = ready("SD-7", "ready.json", 2).build();
        open(backend);
        waitForState("ready");
        action("edit").click();
        WebElement area = panel().findElement(By.cssSelector("textarea.handoff-edit-text"));
        assertThat(area.getDomProperty("value")).startsWith("h3. Draft version 2\nh3. Summary");
        assertThat(panel().findElements(By.cssSelector("pre.handoff-note"))).isEmpty();
        shot("edit");

        area.clear();
        action("approve-edited").click();
        assertThat(text(".handoff-edit-form .handoff-form-error")).isEqualTo("The note must not be empty.");
        assertThat(backend.state()).isEqualTo(State.READY);

        area.sendKeys("h3. Summary\n* Edited by tier 1: VPN drops, see comment 4");
        action("approve-edited").click();
        waitForState("approved");
        assertThat(backend.approvedText()).contains("h3. Summary\n* Edited by tier 1: VPN drops, see comment 4");
        assertThat(text("pre.handoff-note")).contains("Edited by tier 1");
    }

    @Test
    void reject_needs_a_reason_in_the_panel_and_on_the_server() throws IOException {
        PreviewBackend backend = ready("SD-7", "ready.json", 1).build();
        open(backend);
        waitForState("ready");
        action("reject").click();
        action("reject-confirm").click();
        assertThat(text(".handoff-reject-form .handoff-form-error")).isEqualTo("A reason is required.");
        assertThat(panel().findElement(By.cssSelector("textarea.handoff-reject-reason")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(backend.state()).isEqualTo(State.READY);
        shot("reject-reason-required");

        String refused = postFromPage("/rest/handoff/1.0/issue/SD-7/draft/1/reject", "{\"reason\":\"\"}");
        assertThat(refused).startsWith("400 ").contains("reason");
        assertThat(backend.state()).isEqualTo(State.READY);

        panel().findElement(By.cssSelector("textarea.handoff-reject-reason")).sendKeys("Wrong customer: this is SD-5");
        action("reject-confirm").click();
        waitForState("rejected");
        assertThat(backend.rejectionReason()).contains("Wrong customer: this is SD-5");
        assertThat(text(".handoff-decision")).contains("Rejected by You (preview)").contains("Wrong customer: this is SD-5");
        assertThat(actions()).containsExactly("regenerate");
        shot("rejected");
    }

    @Test
    void regenerate_queues_the_next_version_and_the_panel_polls_until_it_is_ready() throws IOException {
        PreviewBackend backend = ready("SD-7", "ready.json", 3).build();
        open(backend);
        waitForState("ready");
        action("regenerate").click();
        new WebDriverWait(driver, WAIT).until(d -> List.of("queued", "drafting").contains(panel().getAttribute("data-state")));
        assertThat(text(".handoff-meta")).contains("Version 4");
        assertThat(text(".handoff-pending")).contains("updates itself");
        assertThat(actions()).isEmpty();
        shot("queued");
        waitForState("ready");
        assertThat(backend.version()).isEqualTo(4);
        assertThat(text(".handoff-meta")).contains("Version 4");
        assertThat(text("pre.handoff-note")).startsWith("Draft version 4");
    }

    @Test
    void draft_now_turns_an_issue_without_a_draft_into_a_ready_draft() throws IOException {
        PreviewBackend backend = PreviewBackend.builder("SD-10", versioned("none.json"))
                .buildTime(Duration.ofMillis(300)).build();
        open(backend);
        waitForState("none");
        assertThat(text("[data-handoff-badge='none']")).isEqualToIgnoringCase("No draft yet");
        assertThat(actions()).containsExactly("draft-now");
        assertThat(panel().findElements(By.cssSelector(".handoff-redactions-section"))).isEmpty();
        shot("none");
        action("draft-now").click();
        waitForState("ready");
        assertThat(backend.version()).isEqualTo(1);
        assertThat(text("pre.handoff-note")).startsWith("Draft version 1");
    }

    @Test
    void a_failed_draft_shows_its_reason_and_offers_draft_now() throws IOException {
        open(PreviewServer.fixtureBackend(FIXTURES.resolve("failed.json"), Duration.ofMillis(300)));
        waitForState("failed");
        assertThat(text("[data-handoff-badge='failed']")).isEqualToIgnoringCase("Drafting failed");
        assertThat(text(".handoff-failure")).isEqualTo(
                "Reason: The model server at 127.0.0.1:11434 did not answer within 60 s; the draft was not built.");
        assertThat(actions()).containsExactly("draft-now");
        shot("failed");
    }

    @Test
    void a_stale_draft_carries_the_new_comments_badge() throws IOException {
        open(PreviewServer.fixtureBackend(FIXTURES.resolve("stale.json"), Duration.ofMillis(300)));
        waitForState("ready");
        assertThat(text("[data-handoff-badge='stale']")).isEqualTo("New comments since this draft");
        shot("stale");
    }

    @Test
    void approving_a_version_that_is_no_longer_the_latest_shows_the_server_error_and_the_newest_draft() throws IOException {
        PreviewBackend backend = ready("SD-7", "ready.json", 3).buildTime(Duration.ZERO).build();
        open(backend);
        waitForState("ready");
        assertThat(backend.regenerate("SD-7", 3).status()).isEqualTo(202); // someone else, behind the panel's back
        action("approve").click();
        new WebDriverWait(driver, WAIT).until(d -> !panel().findElements(By.cssSelector(".handoff-error")).isEmpty()
                && text(".handoff-meta").contains("Version 4"));
        assertThat(text(".handoff-error")).isEqualTo("draft 3 of SD-7 is not the latest draft (4)");
        assertThat(backend.state()).isEqualTo(State.READY);
        shot("conflict");
    }

    @Test
    void actions_the_user_may_not_take_are_not_shown() throws IOException {
        open(ready("SD-7", "ready.json", 1).permissions(new Permissions(false, false, false)).build());
        waitForState("ready");
        assertThat(actions()).isEmpty();
        assertThat(panel().findElements(By.cssSelector(".handoff-actions"))).isEmpty();
    }

    @Test
    void labels_come_from_the_shell_attributes_here_german() throws IOException {
        Properties de = PanelSources.properties(PanelSources.DE);
        Map<String, String> labels = new HashMap<>();
        PanelShell.LABEL_IDS.forEach(id -> labels.put(id, de.getProperty(PanelShell.i18nKey(id))));
        open(ready("SD-7", "ready.json", 1).build(), labels);
        waitForState("ready");
        assertThat(action("approve").getText()).isEqualTo("Freigeben");
        assertThat(action("edit").getText()).isEqualTo("Bearbeiten, dann freigeben");
        assertThat(text("[data-handoff-badge='ready']")).isEqualToIgnoringCase("Bereit zur Pr\u00fcfung");
        assertThat(text(".handoff-env-table thead")).contains("Merkmal").contains("Wert").contains("Quelle");
        shot("german");
    }

    @Test
    void hostile_ticket_text_renders_as_inert_literal_text() throws IOException, InterruptedException {
        String key = "SD-1\"><img src=x onerror=alert(1)>";
        PreviewBackend backend = PreviewBackend.builder(key, v -> fixture("hostile.json"))
                .buildTime(Duration.ZERO).startAt(State.READY, 1).build();
        open(backend);
        waitForState("ready");
        Thread.sleep(500); // give an injected <img onerror> time to fire, were there one
        assertNoAlert();

        assertThat(driver.findElements(By.cssSelector("img"))).isEmpty();
        assertThat(panel().findElements(By.cssSelector("script, img, iframe, object, embed, b, [onerror]"))).isEmpty();
        // the only links: a similar ticket's key, to Jira's own browse page with the key percent-encoded
        assertThat(panel().findElements(By.cssSelector("a"))).singleElement().satisfies(a -> {
            assertThat(a.getAttribute("class")).isEqualTo("handoff-similar-key");
            assertThat(a.getAttribute("href")).contains("/browse/SD-2%22%3E%3Cimg");
        });
        assertThat(text(".handoff-runbooks")).contains("<img src=x onerror=alert(1)> runbook").contains("javascript:alert(1)");
        assertThat(text(".handoff-team")).contains("<img src=x onerror=alert(1)>");
        assertThat(text(".handoff-knowledge-problem")).contains("<script>alert(1)</script>");
        assertThat(driver.findElements(By.cssSelector("a[href^='javascript' i]"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("script"))).hasSize(1); // the panel's own

        String note = text("pre.handoff-note");
        assertThat(note).contains("<script>alert(1)</script>")
                .contains("[click|javascript:alert(1)]")
                .contains("{html}<b>x</b>{html}")
                .contains("\"><img src=x onerror=alert(1)>")
                .contains("See javascript:alert(1) and https://example.com/help");
        assertThat(text(".handoff-summary")).contains("Portal shows <script>alert(1)</script> after login")
                .contains("comment 1, \"><img src=x onerror=alert(1)>, 12 Mar");
        assertThat(text(".handoff-env-table")).contains("Browser <img src=x onerror=alert(1)>")
                .contains("\"><img src=x onerror=alert(1)>").contains("javascript:alert(1)");
        assertThat(text(".handoff-env-missing")).contains("<script>alert(1)</script>");
        assertThat(text(".handoff-asked")).contains("Where does [click|javascript:alert(1)] lead?")
                .contains("{html}<b>x</b>{html}").contains("comment 4, <b>bold</b>");
        assertThat(text(".handoff-tried")).contains("Opened javascript:alert(1) in the address bar").contains("outcome unknown");
        assertThat(text(".handoff-redactions")).contains("<img src=x onerror=alert(1)>");
        assertThat(panel().getAttribute("data-issue-key")).isEqualTo(key);

        action("edit").click();
        assertThat(panel().findElement(By.cssSelector("textarea.handoff-edit-text")).getDomProperty("value"))
                .contains("[click|javascript:alert(1)]").contains("<script>alert(1)</script>");
        assertThat(panel().findElements(By.cssSelector("script, img"))).isEmpty();
        action("cancel").click();
        Thread.sleep(300);
        assertNoAlert();
        shot("hostile");
    }
}
