package dev.handoff.cli.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handoff.search.EmbeddingReranker;
import dev.handoff.search.KnowledgeHit;
import dev.handoff.search.KnowledgeIndex;
import dev.handoff.search.KnowledgeLoader;
import dev.handoff.search.PassageReranker;
import dev.handoff.search.RerankedHits;
import dev.handoff.search.confluence.ApprovedSpaces;
import dev.handoff.search.confluence.ConfluenceSearch;
import dev.handoff.search.confluence.ConfluenceSearchException;
import dev.handoff.search.confluence.JdkConfluenceTransport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * {@code handoff kb search (--kb DIR | --confluence URL --space KEY:TIER[,...] [--token-env VAR]
 * [--timeout S]) [--tier N] [--top K] [--json] [--rerank-ollama URL --embed-model NAME ...]}: reads one query
 * per stdin line and answers each in order. With {@code --json} input lines are {@code {"query": ...}} and output lines
 * {@code {"hits":[{"id","title","score"}]}} (Confluence hits add {@code link}, and a line adds
 * {@code notes} when the answer is partial or empty for a reason, {@code error} when the search
 * failed); otherwise input lines are plain text and hits are printed as "rank score id title". With re-ranking
 * ({@link RerankOptions}, folders only) a JSON line adds {@code reranked}, and a note when the BM25 order was kept.
 * The Confluence token is read from an environment variable, never from the command line, where
 * other users of the machine could read it.
 */
public final class KbCommand {

    static final String USAGE = "usage: handoff kb search (--kb DIR | --confluence URL --space KEY:TIER[,KEY:TIER] "
            + "[--token-env VAR] [--timeout S]) [--tier N] [--top K] [--json] " + RerankOptions.USAGE;
    static final String DEFAULT_TOKEN_ENV = "HANDOFF_CONFLUENCE_TOKEN";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KbCommand() {
    }

    /** One knowledge source behind the same question/answer loop. */
    private interface Source extends AutoCloseable {
        Answer search(String query, int tier, int top);

        @Override
        void close();
    }

    private record Row(String id, String title, float score, String link) {
    }

    /** {@code reranked} is null when re-ranking was not asked for. */
    private record Answer(List<Row> hits, List<String> notes, String error, Boolean reranked) {
        Answer(List<Row> hits, List<String> notes, String error) {
            this(hits, notes, error, null);
        }
    }

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, System::getenv);
    }

    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err, UnaryOperator<String> env) {
        if (args.isEmpty() || !args.get(0).equals("search")) {
            err.println(USAGE);
            return 2;
        }
        Path kb = null;
        String confluence = null;
        String spaceSpec = null;
        String tokenEnv = DEFAULT_TOKEN_ENV;
        int timeoutSeconds = 20;
        int tier = 1;
        int top = 5;
        boolean json = false;
        RerankOptions rerank = new RerankOptions(env);
        Source source;
        try {
            for (int i = 1; i < args.size(); i++) {
                String a = args.get(i);
                int consumed = rerank.accept(args, i);
                if (consumed >= 0) {
                    i = consumed;
                    continue;
                }
                switch (a) {
                    case "--kb" -> kb = Path.of(value(args, ++i, a));
                    case "--confluence" -> confluence = value(args, ++i, a);
                    case "--space" -> spaceSpec = value(args, ++i, a);
                    case "--token-env" -> tokenEnv = value(args, ++i, a);
                    case "--timeout" -> timeoutSeconds = Integer.parseInt(value(args, ++i, a));
                    case "--tier" -> tier = Integer.parseInt(value(args, ++i, a));
                    case "--top" -> top = Integer.parseInt(value(args, ++i, a));
                    case "--json" -> json = true;
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
            if (kb == null && confluence == null) {
                throw new IllegalArgumentException("--kb DIR is required (or --confluence URL with --space)");
            }
            if (kb != null && confluence != null) {
                throw new IllegalArgumentException("--kb and --confluence are alternatives; give one");
            }
            if (tier < 1 || tier > 3 || top < 1 || timeoutSeconds < 1) {
                throw new IllegalArgumentException("--tier must be 1-3, --top and --timeout at least 1");
            }
            if (confluence != null && rerank.enabled()) {
                throw new IllegalArgumentException("re-ranking works with --kb folders (Confluence ranks its own results)");
            }
            EmbeddingReranker reranker = rerank.enabled() ? rerank.reranker() : null;
            if (confluence != null) {
                if (spaceSpec == null) {
                    throw new IllegalArgumentException("--confluence needs --space KEY:TIER[,KEY:TIER]");
                }
                String token = env.apply(tokenEnv);
                if (token == null || token.isBlank()) {
                    throw new IllegalArgumentException("set the Confluence personal access token in " + tokenEnv
                            + " (or name another variable with --token-env)");
                }
                Duration timeout = Duration.ofSeconds(timeoutSeconds);
                source = confluenceSource(new ConfluenceSearch(
                        new JdkConfluenceTransport(confluence, token, timeout, timeout),
                        ApprovedSpaces.parse(spaceSpec), ConfluenceSearch.Settings.defaults()));
            } else {
                source = folderSource(kb, reranker, err);
                if (source == null) {
                    return 1;
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("handoff kb: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        int failures = 0;
        try (source; BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (json) {
                    failures += answerJson(source, line, number, tier, top, out, err) ? 0 : 1;
                } else if (!line.isBlank()) {
                    failures += answerText(source, line, tier, top, out, err) ? 0 : 1;
                }
            }
        } catch (IOException e) {
            err.println("handoff kb: cannot read stdin: " + e.getMessage());
            return 1;
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private static Source folderSource(Path kb, PassageReranker reranker, PrintStream err) {
        KnowledgeLoader.Result loaded;
        try {
            loaded = new KnowledgeLoader().load(kb);
        } catch (IOException e) {
            err.println("handoff kb: cannot read " + kb + ": " + e.getMessage());
            return null;
        }
        for (KnowledgeLoader.Problem p : loaded.problems()) {
            err.println("handoff kb: skipped " + p.path() + ": " + p.reason());
        }
        KnowledgeIndex index = new KnowledgeIndex(loaded.documents());
        return new Source() {
            @Override
            public Answer search(String query, int tier, int top) {
                if (reranker == null) {
                    return new Answer(rows(index.search(query, tier, top)), List.of(), null);
                }
                RerankedHits result = index.search(query, tier, top, reranker);
                List<String> notes = result.fallbackReason() == null ? List.of() : List.of("BM25 order kept: " + result.fallbackReason());
                return new Answer(rows(result.hits()), notes, null, result.reranked());
            }

            private List<Row> rows(List<KnowledgeHit> hits) {
                List<Row> rows = new ArrayList<>();
                for (KnowledgeHit h : hits) {
                    rows.add(new Row(h.id(), h.title(), h.score(), null));
                }
                return rows;
            }

            @Override
            public void close() {
                index.close();
            }
        };
    }

    private static Source confluenceSource(ConfluenceSearch search) {
        return new Source() {
            @Override
            public Answer search(String query, int tier, int top) {
                try {
                    ConfluenceSearch.Result result = search.search(query, tier, top);
                    List<Row> rows = new ArrayList<>();
                    for (ConfluenceSearch.Hit h : result.hits()) {
                        rows.add(new Row(h.knowledge().id(), h.knowledge().title(), h.knowledge().score(), h.link()));
                    }
                    return new Answer(rows, result.notes(), null);
                } catch (ConfluenceSearchException e) {
                    return new Answer(List.of(), List.of(), e.getMessage());
                }
            }

            @Override
            public void close() {
                // the JDK client holds no resources that outlive the process
            }
        };
    }

    /** One output line per input line, so answers stay aligned with queries; a bad line gets an error object. */
    private static boolean answerJson(Source source, String line, int number, int tier, int top, PrintStream out,
                                      PrintStream err) {
        ObjectNode result = MAPPER.createObjectNode();
        String query;
        try {
            JsonNode node = MAPPER.readTree(line);
            if (node == null || !node.isObject() || !node.path("query").isTextual()) {
                throw new IOException("expected an object with a text \"query\"");
            }
            query = node.get("query").asText();
        } catch (IOException e) {
            err.println("handoff kb: line " + number + ": " + e.getMessage().lines().findFirst().orElse("bad JSON"));
            result.putArray("hits");
            result.put("error", "line " + number + ": not a {\"query\": ...} object");
            out.println(result);
            return false;
        }
        Answer answer = source.search(query, tier, top);
        ArrayNode hits = result.putArray("hits");
        for (Row r : answer.hits()) {
            ObjectNode hit = hits.addObject().put("id", r.id()).put("title", r.title()).put("score", r.score());
            if (r.link() != null) {
                hit.put("link", r.link());
            }
        }
        if (answer.reranked() != null) {
            result.put("reranked", answer.reranked());
        }
        if (!answer.notes().isEmpty()) {
            ArrayNode notes = result.putArray("notes");
            answer.notes().forEach(notes::add);
        }
        if (answer.error() != null) {
            err.println("handoff kb: line " + number + ": " + answer.error());
            result.put("error", answer.error());
        }
        out.println(result);
        return answer.error() == null;
    }

    private static boolean answerText(Source source, String query, int tier, int top, PrintStream out, PrintStream err) {
        Answer answer = source.search(query, tier, top);
        int rank = 0;
        for (Row r : answer.hits()) {
            out.printf(Locale.ROOT, "%d\t%.3f\t%s\t%s%n", ++rank, r.score(), r.id(), r.title());
        }
        answer.notes().forEach(n -> err.println("handoff kb: " + n));
        if (answer.error() != null) {
            err.println("handoff kb: " + answer.error());
        }
        out.println();
        return answer.error() == null;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
