package dev.handoff.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.cli.jira.BadInputException;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.core.prose.PromptBudget;
import dev.handoff.core.prose.ProsePrompt;
import dev.handoff.core.prose.ProseRequest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code eval prompt}: what {@link PromptBudget} costs and keeps. Both prompts are built by the same
 * {@link ProsePrompt} for the same draft (system message, categories, environment, ledger included), one
 * with the whole redacted, normalised thread the audience may see ("naive"), one with the compressed
 * thread. Size: compressed / naive tokens, summed over AC tickets with at least {@code --min-comments}
 * comments (default 30). Survival: of the metric-(a) truth tokens that occur in the naive thread, the
 * share still in the compressed thread, over every AC ticket of {@code env-truth.jsonl} (field removed,
 * as in {@code eval env}) and over the long tickets alone. {@code --show KEY} prints that ticket's compressed prompt.
 */
public final class PromptEval {

    private static final List<String> CATEGORIES = List.of("Access", "Application", "Hardware", "Network", "Other");

    private PromptEval() {
    }

    public static int run(List<String> args, PrintStream out) {
        Path corpora = EvalSupport.corpora(args);
        int minComments = 30;
        int i = args.indexOf("--min-comments");
        if (i >= 0 && i + 1 < args.size()) {
            minComments = Integer.parseInt(args.get(i + 1));
        }
        int s = args.indexOf("--show");
        String show = s >= 0 && s + 1 < args.size() ? args.get(s + 1) : null;
        EscalationPipeline pipeline = EscalationPipeline.defaults();
        PromptBudget budget = new PromptBudget();
        Map<String, Set<String>> truth = new HashMap<>();
        for (JsonNode row : EvalSupport.readJsonl(corpora.resolve("jira").resolve("env-truth.jsonl"))) {
            String key = row.get("key").asText();
            if (key.startsWith("AC-")) {
                Set<String> t = new HashSet<>();
                row.get("truth_tokens").forEach(n -> t.add(n.asText()));
                truth.put(key, t);
            }
        }

        long naiveLong = 0;
        long compressedLong = 0;
        int longTickets = 0;
        long[] survivalAll = new long[2];
        long[] survivalLong = new long[2];
        List<String> lost = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(corpora.resolve("jira").resolve("ac"), "AC-*.json")) {
            for (Path f : files) {
                String key = f.getFileName().toString().replace(".json", "");
                Ticket ticket;
                try {
                    ticket = EvalSupport.readIssue(corpora, key).withoutEnvironment();
                } catch (BadInputException e) {
                    out.println("skip " + key + ": " + e.getMessage());
                    continue;
                }
                boolean isLong = ticket.comments().size() >= minComments;
                Set<String> t = truth.get(key);
                if (!isLong && t == null) {
                    continue;
                }
                EscalationPipeline.Drafted d = pipeline.draftWithSources(ticket, Audience.agents(2));
                ProseRequest naive = new ProseRequest(d.draft(), d.sources(), List.of(), CATEGORIES, "English");
                List<SourceText> compressed = budget.compress(d.sources(), d.draft());
                String nonce = ProsePrompt.newNonce();
                ProsePrompt naivePrompt = ProsePrompt.of(naive, nonce);
                ProsePrompt compressedPrompt = ProsePrompt.of(naive.withThread(compressed), nonce);
                if (key.equals(show)) {
                    out.println(compressedPrompt.system());
                    out.println(compressedPrompt.user());
                }
                if (isLong) {
                    longTickets++;
                    naiveLong += naivePrompt.tokens();
                    compressedLong += compressedPrompt.tokens();
                    out.printf(Locale.ROOT, "%-8s %3d comments  naive %6d tokens  compressed %5d tokens  %5.1f%%%n", key,
                            ticket.comments().size(), naivePrompt.tokens(), compressedPrompt.tokens(),
                            100.0 * compressedPrompt.tokens() / naivePrompt.tokens());
                }
                if (t != null) {
                    Set<String> before = EnvEval.tokens(threadText(d.sources()));
                    before.retainAll(t);
                    Set<String> after = EnvEval.tokens(threadText(compressed));
                    for (String token : before) {
                        boolean kept = after.contains(token);
                        survivalAll[0] += kept ? 1 : 0;
                        survivalAll[1]++;
                        if (isLong) {
                            survivalLong[0] += kept ? 1 : 0;
                            survivalLong[1]++;
                        }
                        if (!kept) {
                            lost.add(key + ":" + token);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.printf(Locale.ROOT, "prompt size, %d AC tickets with %d+ comments: %d of %d tokens = %s%n", longTickets, minComments,
                compressedLong, naiveLong, percent(compressedLong, naiveLong));
        out.printf(Locale.ROOT, "truth-token survival, long tickets: %d of %d = %s%n", survivalLong[0], survivalLong[1],
                percent(survivalLong[0], survivalLong[1]));
        out.printf(Locale.ROOT, "truth-token survival, all %d AC env-truth tickets: %d of %d = %s%n", truth.size(), survivalAll[0],
                survivalAll[1], percent(survivalAll[0], survivalAll[1]));
        if (!lost.isEmpty()) {
            out.println("lost: " + lost);
        }
        return 0;
    }

    private static String threadText(List<SourceText> thread) {
        StringBuilder sb = new StringBuilder();
        thread.forEach(s -> sb.append(s.text()).append('\n'));
        return sb.toString();
    }

    private static String percent(long num, long den) {
        return den == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * num / den);
    }
}
