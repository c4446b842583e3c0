package dev.handoff.search.confluence;

import dev.handoff.search.KnowledgeHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Wire-level: the real JDK transport against a loopback server speaking Confluence DC's search API. */
class ConfluenceSearchTest {

    private static final String TOKEN = "pat-0123456789abcdefTOKEN";
    private static final String BODY_MARKER = "BODY-MUST-NOT-LEAK";

    private FakeConfluence confluence;
    private final ApprovedSpaces spaces = ApprovedSpaces.parse("OPS:1,NET:2,SEC:3");

    @BeforeEach
    void start() throws IOException {
        confluence = new FakeConfluence();
        confluence.addPage("101", "OPS", "Printer offline",
                "<p>Check the cable and power first.</p><h2>Spooler</h2><p>Restart the print spooler service, then clear the queue.</p>");
        confluence.addPage("102", "OPS", "Outlook crashes on start", "<p>Start Outlook in safe mode and disable add-ins.</p>");
        confluence.addPage("201", "NET", "VPN drops every hour", "<p>Renew the VPN certificate; the spooler is unrelated.</p>");
        confluence.addPage("301", "SEC", "Printer firmware exploit response", "<p>Isolate the printer and call the security team.</p>");
    }

    @AfterEach
    void stop() {
        confluence.close();
    }

    private ConfluenceSearch client(ConfluenceSearch.Settings settings) {
        return new ConfluenceSearch(transport(Duration.ofSeconds(5)), spaces, settings);
    }

    private ConfluenceSearch client() {
        return client(ConfluenceSearch.Settings.defaults());
    }

    private JdkConfluenceTransport transport(Duration readTimeout) {
        return new JdkConfluenceTransport(confluence.baseUrl(), TOKEN, Duration.ofSeconds(2), readTimeout);
    }

    private ConfluenceSearchException failure(String query) {
        return catchThrowableOfType(ConfluenceSearchException.class, () -> client().search(query, 3, 5));
    }

    @Test
    void sendsTheDocumentedSearchRequestAsTheTokenHolder() throws Exception {
        client().search("printer offline spooler", 2, 5);

        assertThat(confluence.requests).hasSize(1);
        FakeConfluence.Request r = confluence.requests.get(0);
        assertThat(r.path()).isEqualTo("/confluence/rest/api/content/search");
        assertThat(r.cql()).isEqualTo(
                "type = page AND space in (\"NET\",\"OPS\") AND (text ~ \"printer\" OR text ~ \"offline\" OR text ~ \"spooler\")");
        assertThat(r.params()).containsEntry("limit", "25").containsEntry("start", "0").containsEntry("expand", "space,body.storage");
        assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(r.accept()).isEqualTo("application/json");
        assertThat(r.rawQuery()).doesNotContain("+").contains("%20");
    }

    @Test
    void asksOnlyForTheApprovedSpacesReadableAtTheCallersTier() throws Exception {
        client().search("printer", 1, 5);
        client().search("printer", 3, 5);

        assertThat(FakeConfluence.literals(spaceClause(confluence.requests.get(0).cql()))).containsExactly("OPS");
        assertThat(FakeConfluence.literals(spaceClause(confluence.requests.get(1).cql()))).containsExactly("NET", "OPS", "SEC");
    }

    @Test
    void aHostileQueryStaysInsideItsQuotedValues() throws Exception {
        ConfluenceSearch.Result result = client().search("\") OR space = \"SEC\" OR text ~ \"printer", 1, 5);

        String cql = confluence.requests.get(0).cql();
        // with every string literal blanked, only our own clause structure remains
        String skeleton = cql.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
        assertThat(skeleton).matches("type = page AND space in \\(\"\"\\) AND \\((text ~ \"\" OR )*text ~ \"\"\\)");
        assertThat(FakeConfluence.literals(spaceClause(cql))).containsExactly("OPS");
        assertThat(result.hits()).extracting(h -> h.knowledge().id()).containsExactly("confluence:OPS/101");
    }

    @Test
    void quotingEscapesBackslashesAndDoubleQuotes() {
        String quoted = Cql.quote("C:\\temp\\\"x\" OR space = \"SEC");
        assertThat(quoted).isEqualTo("\"C:\\\\temp\\\\\\\"x\\\" OR space = \\\"SEC\"");
        assertThat(FakeConfluence.literals(quoted)).containsExactly("C:\\temp\\\"x\" OR space = \"SEC");
    }

    @Test
    void sendsLowerCaseWordsSoLuceneOperatorsInATicketStayText() throws Exception {
        client().search("Error: ACCESS_DENIED (0x80070005) AND *.tmp NOT found?", 1, 5);

        List<String> words = FakeConfluence.literals(confluence.requests.get(0).cql().replaceFirst("space in \\([^)]*\\)", ""));
        assertThat(words).containsExactly("error", "access", "denied", "0x80070005", "tmp", "found");
    }

    @Test
    void makesNoRequestWithoutAReadableSpaceOrASearchableWord() throws Exception {
        ConfluenceSearch onlyTier2 = new ConfluenceSearch(transport(Duration.ofSeconds(5)), ApprovedSpaces.parse("NET:2"),
                ConfluenceSearch.Settings.defaults());

        assertThat(onlyTier2.search("vpn", 1, 5).notes()).containsExactly("no approved Confluence space is readable at tier 1");
        assertThat(client().search("the of and !!", 3, 5).notes()).containsExactly("nothing to search for");
        assertThat(confluence.requests).isEmpty();
    }

    @Test
    void ranksThePagesLocallyQuotesTheMatchingPassageAndLinksToThePage() throws Exception {
        ConfluenceSearch.Result result = client().search("print spooler queue", 2, 5);

        KnowledgeHit top = result.hits().get(0).knowledge();
        assertThat(top.id()).isEqualTo("confluence:OPS/101");
        assertThat(top.title()).isEqualTo("Printer offline");
        assertThat(top.tier()).isEqualTo(1);
        assertThat(top.passage()).contains("Restart the print spooler service").doesNotContain("<p>");
        assertThat(result.hits().get(0).link()).isEqualTo(confluence.baseUrl() + "/display/OPS/Printer+offline");
        assertThat(result.hits().get(0).spaceKey()).isEqualTo("OPS");
        assertThat(result.hits()).extracting(h -> h.knowledge().id()).contains("confluence:NET/201");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void pagesWithStartAndStopsAtTheCap() throws Exception {
        for (int i = 0; i < 60; i++) {
            confluence.addPage(String.valueOf(1000 + i), "OPS", "Toner article " + i, "<p>Replace the toner cartridge, step " + i + ".</p>");
        }
        ConfluenceSearch.Result result = client(new ConfluenceSearch.Settings(25, 2, 16)).search("toner", 1, 100);

        assertThat(confluence.requests).extracting(r -> r.params().get("start")).containsExactly("0", "25");
        assertThat(result.requests()).isEqualTo(2);
        assertThat(result.hits()).hasSize(50);
        assertThat(result.notes()).singleElement().asString().contains("more results left");
    }

    @Test
    void followsPagingUntilConfluenceHasNoNextLink() throws Exception {
        for (int i = 0; i < 30; i++) {
            confluence.addPage(String.valueOf(1000 + i), "OPS", "Toner article " + i, "<p>Replace the toner cartridge.</p>");
        }
        ConfluenceSearch.Result result = client(new ConfluenceSearch.Settings(25, 5, 16)).search("toner", 1, 100);

        assertThat(confluence.requests).extracting(r -> r.params().get("start")).containsExactly("0", "25");
        assertThat(result.hits()).hasSize(30);
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void stopsPagingWhenConfluenceIgnoresStart() throws Exception {
        for (int i = 0; i < 30; i++) {
            confluence.addPage(String.valueOf(1000 + i), "OPS", "Toner article " + i, "<p>Replace the toner cartridge.</p>");
        }
        confluence.ignoreStart = true;
        ConfluenceSearch.Result result = client(new ConfluenceSearch.Settings(25, 5, 16)).search("toner", 1, 100);

        assertThat(confluence.requests).hasSize(2);
        assertThat(result.hits()).hasSize(25);
        assertThat(result.notes()).singleElement().asString().contains("answered start=0 to start=25");
    }

    @Test
    void neverReturnsAPageAboveTheCallersTierEvenWhenConfluenceIgnoresTheSpaceClause() throws Exception {
        confluence.ignoreSpaceClause = true;
        confluence.addPage("999", "HR", "Printer salaries", "<p>Printer budget and salaries.</p>");

        for (String query : List.of("printer", "printer firmware exploit security", "spooler vpn", "salaries")) {
            ConfluenceSearch.Result result = client().search(query, 1, 10);
            assertThat(result.hits()).allSatisfy(h -> {
                assertThat(h.knowledge().tier()).isEqualTo(1);
                assertThat(h.spaceKey()).isEqualTo("OPS");
            });
        }
        ConfluenceSearch.Result printer = client().search("printer", 1, 10);
        assertThat(printer.hits()).extracting(h -> h.knowledge().id()).containsExactly("confluence:OPS/101");
        assertThat(printer.notes()).singleElement().asString().isEqualTo("2 result(s) outside the approved spaces for tier 1 dropped");
    }

    @Test
    void skipsResultsThatAreNotCurrentPages() throws Exception {
        confluence.handler = r -> FakeConfluence.Reply.json(200, Map.of("results", List.of(
                Map.of("id", "1", "type", "attachment", "status", "current", "title", "printer.pdf", "space", Map.of("key", "OPS")),
                Map.of("id", "2", "type", "page", "status", "draft", "title", "Printer draft", "space", Map.of("key", "OPS"),
                        "body", Map.of("storage", Map.of("value", "<p>printer</p>", "representation", "storage"))),
                Map.of("id", "3\" onclick=\"x", "type", "page", "status", "current", "title", "Printer", "space", Map.of("key", "OPS")),
                Map.of("id", "4", "type", "page", "status", "current", "title", "Printer ok", "space", Map.of("key", "OPS"),
                        "body", Map.of("storage", Map.of("value", "<p>printer</p>", "representation", "storage")))),
                "start", 0, "limit", 25, "size", 4, "_links", Map.of("base", "javascript:alert(1)//", "context", "")));

        ConfluenceSearch.Result result = client().search("printer", 1, 5);

        assertThat(result.hits()).extracting(h -> h.knowledge().id()).containsExactly("confluence:OPS/4");
        assertThat(result.hits().get(0).link()).isNull();
    }

    @Test
    void aBadQueryGivesConfluencesMessageRedactedAndNothingElseOfTheBody() {
        confluence.handler = r -> FakeConfluence.Reply.json(400, Map.of("statusCode", 400,
                "message", "Could not parse cql near password=hunter2", "reason", "Bad Request", "data", BODY_MARKER));

        ConfluenceSearchException e = failure("printer");

        assertThat(e.kind()).isEqualTo(ConfluenceSearchException.Kind.BAD_REQUEST);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).contains("Could not parse cql near password=").doesNotContain("hunter2").doesNotContain(BODY_MARKER);
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void noAccessAsThisUserIsAnEmptyResultWithTheReason(int status) throws Exception {
        confluence.handler = r -> FakeConfluence.Reply.json(status, Map.of("statusCode", status, "message", BODY_MARKER));

        ConfluenceSearch.Result result = client().search("printer", 3, 5);

        assertThat(result.hits()).isEmpty();
        assertThat(result.notes()).singleElement().asString().contains("(" + status + ")").doesNotContain(BODY_MARKER);
    }

    @Test
    void aBaseUrlWithoutTheContextPathIsReportedAsNotFound() {
        ConfluenceSearch wrongBase = new ConfluenceSearch(new JdkConfluenceTransport(
                confluence.baseUrl().replace("/confluence", ""), TOKEN, Duration.ofSeconds(2), Duration.ofSeconds(5)),
                spaces, ConfluenceSearch.Settings.defaults());

        ConfluenceSearchException e = catchThrowableOfType(ConfluenceSearchException.class, () -> wrongBase.search("printer", 1, 5));

        assertThat(e.kind()).isEqualTo(ConfluenceSearchException.Kind.NOT_FOUND);
        assertThat(e.getMessage()).contains("context path");
    }

    @Test
    void rateLimitingIsReportedWithRetryAfterWithoutWaiting() {
        confluence.handler = r -> FakeConfluence.Reply.json(429, Map.of("message", BODY_MARKER)).withHeader("Retry-After", "30");
        long started = System.nanoTime();

        ConfluenceSearchException e = failure("printer");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(e.kind()).isEqualTo(ConfluenceSearchException.Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(e.getMessage()).contains("retry after 30 s").doesNotContain(BODY_MARKER);
        assertThat(confluence.requests).hasSize(1);
    }

    @Test
    void anAbsurdRetryAfterIsCappedAtADay() {
        confluence.handler = r -> FakeConfluence.Reply.json(429, Map.of()).withHeader("Retry-After", "9223372036854775807");

        assertThat(failure("printer").retryAfter()).contains(Duration.ofDays(1));
    }

    @Test
    void unavailableWithAnHttpDateRetryAfterIsReported() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);
        confluence.handler = r -> FakeConfluence.Reply.of(503, "text/html", "<html>" + BODY_MARKER + "</html>")
                .withHeader("Retry-After", "Mon, 05 Jan 2026 10:02:00 GMT");
        ConfluenceSearch search = new ConfluenceSearch(transport(Duration.ofSeconds(5)), spaces, ConfluenceSearch.Settings.defaults(), clock);

        ConfluenceSearchException e = catchThrowableOfType(ConfluenceSearchException.class, () -> search.search("printer", 1, 5));

        assertThat(e.kind()).isEqualTo(ConfluenceSearchException.Kind.UNAVAILABLE);
        assertThat(e.retryAfter()).contains(Duration.ofMinutes(2));
        assertThat(e.getMessage()).doesNotContain(BODY_MARKER);
    }

    @Test
    void aServerErrorNeverCarriesItsStackTrace() {
        confluence.handler = r -> FakeConfluence.Reply.of(500, "text/plain", "java.lang.NullPointerException " + BODY_MARKER);

        ConfluenceSearchException e = failure("printer");

        assertThat(e.kind()).isEqualTo(ConfluenceSearchException.Kind.SERVER_ERROR);
        assertThat(e.getMessage()).isEqualTo("Confluence failed with a server error (500)");
    }

    @Test
    void malformedJsonIsABadResponse() {
        confluence.handler = r -> FakeConfluence.Reply.of(200, "application/json", "{\"results\":[{\"id\":\"1\", " + BODY_MARKER);

        ConfluenceSearchException e = failure("printer");

        assertThat(e.kind()).isEqualTo(ConfluenceSearchException.Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).startsWith("Confluence answered malformed JSON").doesNotContain(BODY_MARKER);
    }

    @Test
    void jsonWithoutResultsIsABadResponse() {
        confluence.handler = r -> FakeConfluence.Reply.json(200, Map.of("items", List.of()));

        assertThat(failure("printer").getMessage()).isEqualTo("Confluence answered JSON without a results list");
    }

    @Test
    void aLoginPageInsteadOfJsonIsNamedAsSuch() {
        confluence.handler = r -> FakeConfluence.Reply.of(200, "text/html;charset=UTF-8",
                "<html><title>Log in - Confluence</title>" + BODY_MARKER + "</html>");

        ConfluenceSearchException e = failure("printer");

        assertThat(e.kind()).isEqualTo(ConfluenceSearchException.Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("text/html instead of JSON").doesNotContain(BODY_MARKER).doesNotContain("Log in");
    }

    @Test
    void aRedirectIsNotFollowed() {
        confluence.handler = r -> r.path().endsWith("/login.action")
                ? FakeConfluence.Reply.of(200, "text/html", "<html>login</html>")
                : FakeConfluence.Reply.of(302, "text/html", "").withHeader("Location", confluence.baseUrl() + "/login.action");

        ConfluenceSearchException e = failure("printer");

        assertThat(e.kind()).isEqualTo(ConfluenceSearchException.Kind.REDIRECTED);
        assertThat(e.status()).isEqualTo(302);
        assertThat(confluence.requests).hasSize(1);
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        confluence.handler = r -> confluence.search(r).delayed(10_000);
        ConfluenceSearch slow = new ConfluenceSearch(transport(Duration.ofMillis(400)), spaces, ConfluenceSearch.Settings.defaults());
        long started = System.nanoTime();

        ConfluenceSearchException e = catchThrowableOfType(ConfluenceSearchException.class, () -> slow.search("printer", 1, 5));

        assertThat(e.kind()).isEqualTo(ConfluenceSearchException.Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aServerThatStallsAfterTheHeadersTimesOutToo() {
        confluence.handler = r -> confluence.search(r).stallingAfterHeaders(10_000);
        ConfluenceSearch slow = new ConfluenceSearch(transport(Duration.ofMillis(400)), spaces, ConfluenceSearch.Settings.defaults());
        long started = System.nanoTime();

        ConfluenceSearchException e = catchThrowableOfType(ConfluenceSearchException.class, () -> slow.search("printer", 1, 5));

        assertThat(e.kind()).isEqualTo(ConfluenceSearchException.Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aRefusedConnectionIsATransportFailureWithoutTheToken() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ConfluenceSearch nowhere = new ConfluenceSearch(new JdkConfluenceTransport("http://127.0.0.1:" + closedPort, TOKEN,
                Duration.ofSeconds(2), Duration.ofSeconds(2)), spaces, ConfluenceSearch.Settings.defaults());

        ConfluenceSearchException e = catchThrowableOfType(ConfluenceSearchException.class, () -> nowhere.search("printer", 1, 5));

        assertThat(e.kind()).isEqualTo(ConfluenceSearchException.Kind.TRANSPORT);
        assertThat(e.getMessage()).startsWith("cannot reach Confluence: ").doesNotContain(TOKEN);
    }

    @Test
    void aFailureOnALaterPageKeepsTheFirstPageAndSaysSo() throws Exception {
        for (int i = 0; i < 30; i++) {
            confluence.addPage(String.valueOf(1000 + i), "OPS", "Toner article " + i, "<p>Replace the toner cartridge.</p>");
        }
        confluence.handler = r -> "0".equals(r.params().get("start"))
                ? confluence.search(r)
                : FakeConfluence.Reply.of(500, "text/plain", BODY_MARKER);

        ConfluenceSearch.Result result = client(new ConfluenceSearch.Settings(25, 3, 16)).search("toner", 1, 100);

        assertThat(result.hits()).hasSize(25);
        assertThat(result.notes()).singleElement().asString()
                .contains("partial").contains("server error (500)").doesNotContain(BODY_MARKER);
    }

    @Test
    void refusesNonHttpBaseUrlsAndCredentialsInTheUrl() {
        for (String bad : List.of("ftp://wiki.example.com", "file:///etc/passwd", "https://user:pw@wiki.example.com",
                "https://wiki.example.com/?os_authType=basic", "wiki.example.com")) {
            assertThatThrownBy(() -> new JdkConfluenceTransport(bad, null, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pw@");
        }
        assertThat(new JdkConfluenceTransport("https://wiki.example.com/confluence/", TOKEN, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasToString("JdkConfluenceTransport[https://wiki.example.com/confluence, token]");
    }

    private static String spaceClause(String cql) {
        return cql.substring(cql.indexOf("space in ("), cql.indexOf(')') + 1);
    }
}
