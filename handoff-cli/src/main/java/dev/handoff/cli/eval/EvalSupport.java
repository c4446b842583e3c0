package dev.handoff.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.cli.jira.BadInputException;
import dev.handoff.cli.jira.JiraIssueReader;
import dev.handoff.core.model.Comment;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;

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

    /**
     * The ticket's texts as the extractor sees them: summary and description (by the reporter), the
     * environment field when filled, and every comment.
     */
    static List<SourceText> sources(Ticket t) {
        List<SourceText> out = new ArrayList<>();
        out.add(new SourceText(SourceRef.field(SourceRef.Kind.SUMMARY, t.reporter(), t.created(), 0, t.summary().length()),
                t.summary()));
        out.add(new SourceText(SourceRef.field(SourceRef.Kind.DESCRIPTION, t.reporter(), t.created(), 0,
                t.description().length()), t.description()));
        if (!t.environment().isBlank()) {
            out.add(new SourceText(SourceRef.field(SourceRef.Kind.ENVIRONMENT_FIELD, t.reporter(), t.created(), 0,
                    t.environment().length()), t.environment()));
        }
        for (Comment c : t.comments()) {
            out.add(new SourceText(SourceRef.comment(c, 0, c.body().length()), c.body()));
        }
        return out;
    }

    static String ratio(double num, double den) {
        return den == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", num / den);
    }
}
