package dev.handoff.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.cli.jira.BadInputException;
import dev.handoff.cli.jira.JiraIssueReader;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.normalize.ThreadNormalizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Shared plumbing of the evaluations: where the corpora are, JSONL reading, issue loading, source texts. */
final class EvalSupport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvalSupport() {
    }

    /** {@code --corpora DIR}, else the nearest {@code shared/corpora} beside the working directory or one of its parents. */
    static Path corpora(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--corpora")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--corpora needs a directory");
                }
                return Path.of(args.get(i + 1));
            }
            if (a.startsWith("--corpora=")) {
                return Path.of(a.substring("--corpora=".length()));
            }
        }
        return defaultCorpora();
    }

    /** The checkout sits next to {@code shared/}; commands may run from the checkout or from a module inside it. */
    static Path defaultCorpora() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpora");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("..", "shared", "corpora").toAbsolutePath().normalize();
    }

    static List<JsonNode> readJsonl(Path file) {
        try {
            List<JsonNode> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(MAPPER.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The issue file of a key: {@code jira/ac/AC-1.json} or {@code jira/aloy/ALOY-1.json}. */
    static Ticket readIssue(Path corpora, String key) throws BadInputException {
        String project = key.substring(0, key.indexOf('-')).toLowerCase(Locale.ROOT);
        Path file = corpora.resolve("jira").resolve(project).resolve(key + ".json");
        try {
            return new JiraIssueReader().read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static final ThreadNormalizer NORMALIZER = new ThreadNormalizer();

    /** The ticket's texts as the extractor sees them in production: normalised for a tier-2 agent audience. */
    static List<SourceText> sources(Ticket t) {
        return NORMALIZER.normalize(t, Audience.agents(2));
    }

    static String ratio(double num, double den) {
        return den == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", num / den);
    }
}
