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

    static final Path FALLBACK_CORPORA = Path.of("/work/shared/corpora");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvalSupport() {
    }

    /** {@code --corpora DIR}, else {@code ../shared/corpora} from the working directory, else the shared fallback. */
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
        Path relative = Path.of("..", "shared", "corpora").toAbsolutePath().normalize();
        return Files.isDirectory(relative) ? relative : FALLBACK_CORPORA;
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
