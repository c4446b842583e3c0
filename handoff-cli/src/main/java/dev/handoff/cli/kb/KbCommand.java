package dev.handoff.cli.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handoff.search.KnowledgeHit;
import dev.handoff.search.KnowledgeIndex;
import dev.handoff.search.KnowledgeLoader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code handoff kb search --kb DIR [--tier N] [--top K] [--json]}: indexes DIR, reads one query per
 * stdin line and answers each in order. With {@code --json} input lines are {@code {"query": ...}} and
 * output lines {@code {"hits":[{"id","title","score"}]}}; otherwise input lines are plain text and hits
 * are printed as "rank score id title". Files that could not be indexed are named on stderr.
 */
public final class KbCommand {

    static final String USAGE = "usage: handoff kb search --kb DIR [--tier N] [--top K] [--json]";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KbCommand() {
    }

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !args.get(0).equals("search")) {
            err.println(USAGE);
            return 2;
        }
        Path kb = null;
        int tier = 1;
        int top = 5;
        boolean json = false;
        try {
            for (int i = 1; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--kb" -> kb = Path.of(value(args, ++i, a));
                    case "--tier" -> tier = Integer.parseInt(value(args, ++i, a));
                    case "--top" -> top = Integer.parseInt(value(args, ++i, a));
                    case "--json" -> json = true;
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
            if (kb == null) {
                throw new IllegalArgumentException("--kb DIR is required");
            }
            if (tier < 1 || tier > 3 || top < 1) {
                throw new IllegalArgumentException("--tier must be 1-3 and --top at least 1");
            }
        } catch (IllegalArgumentException e) {
            err.println("handoff kb: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        KnowledgeLoader.Result loaded;
        try {
            loaded = new KnowledgeLoader().load(kb);
        } catch (IOException e) {
            err.println("handoff kb: cannot read " + kb + ": " + e.getMessage());
            return 1;
        }
        for (KnowledgeLoader.Problem p : loaded.problems()) {
            err.println("handoff kb: skipped " + p.path() + ": " + p.reason());
        }
        int failures = 0;
        try (KnowledgeIndex index = new KnowledgeIndex(loaded.documents());
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (json) {
                    failures += answerJson(index, line, number, tier, top, out, err) ? 0 : 1;
                } else if (!line.isBlank()) {
                    answerText(index, line, tier, top, out);
                }
            }
        } catch (IOException e) {
            err.println("handoff kb: cannot read stdin: " + e.getMessage());
            return 1;
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** One output line per input line, so answers stay aligned with queries; a bad line gets an error object. */
    private static boolean answerJson(KnowledgeIndex index, String line, int number, int tier, int top, PrintStream out,
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
        ArrayNode hits = result.putArray("hits");
        for (KnowledgeHit h : index.search(query, tier, top)) {
            hits.addObject().put("id", h.id()).put("title", h.title()).put("score", h.score());
        }
        out.println(result);
        return true;
    }

    private static void answerText(KnowledgeIndex index, String query, int tier, int top, PrintStream out) {
        List<KnowledgeHit> hits = index.search(query, tier, top);
        int rank = 0;
        for (KnowledgeHit h : hits) {
            out.printf(java.util.Locale.ROOT, "%d\t%.3f\t%s\t%s%n", ++rank, h.score(), h.id(), h.title());
        }
        out.println();
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
