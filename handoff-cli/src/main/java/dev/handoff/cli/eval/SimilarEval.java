package dev.handoff.cli.eval;

import dev.handoff.cli.jira.BadInputException;
import dev.handoff.cli.jira.JiraIssueReader;
import dev.handoff.core.model.IssueLink;
import dev.handoff.core.model.Ticket;
import dev.handoff.search.SimilarTicket;
import dev.handoff.search.SimilarTickets;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Similar-ticket retrieval on {@code jira/ac/}: for every AC ticket with a Duplicate link to an earlier AC
 * ticket, is that earlier ticket among the 10 most similar tickets created before it? (recall@10, per pair)
 */
public final class SimilarEval {

    static final int K = 10;

    private SimilarEval() {
    }

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        Path corpora = EvalSupport.corpora(args);
        boolean verbose = args.contains("--verbose");
        List<Ticket> tickets = loadTickets(corpora.resolve("jira").resolve("ac"), err);
        long t0 = System.nanoTime();
        Map<String, Ticket> byKey = new HashMap<>();
        tickets.forEach(t -> byKey.put(t.key(), t));
        int pairs = 0;
        int at1 = 0;
        int at10 = 0;
        double rr = 0;
        try (SimilarTickets index = new SimilarTickets(tickets)) {
            for (Ticket t : tickets) {
                for (String earlier : earlierDuplicates(t, byKey)) {
                    pairs++;
                    List<SimilarTicket> found = index.find(t, K);
                    int rank = 0;
                    for (int i = 0; i < found.size(); i++) {
                        if (found.get(i).key().equals(earlier)) {
                            rank = i + 1;
                            break;
                        }
                    }
                    if (rank == 1) {
                        at1++;
                    }
                    if (rank > 0) {
                        at10++;
                        rr += 1.0 / rank;
                    }
                    if (verbose && rank == 0) {
                        out.println("miss " + t.key() + " -> " + earlier + ": " + t.summary() + " | " + byKey.get(earlier).summary());
                    }
                }
            }
        }
        out.println("similar: " + tickets.size() + " AC tickets, " + pairs + " Duplicate pairs with an earlier AC ticket");
        out.printf(Locale.ROOT, "recall@1 %s  recall@10 %s  MRR@10 %s  (%.1f s)%n", EvalSupport.ratio(at1, pairs),
                EvalSupport.ratio(at10, pairs), EvalSupport.ratio(rr, pairs), (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    /** Keys of AC tickets that {@code t} is Duplicate-linked to (either direction) and that were created before it. */
    static Set<String> earlierDuplicates(Ticket t, Map<String, Ticket> byKey) {
        Set<String> out = new LinkedHashSet<>();
        for (IssueLink l : t.links()) {
            if (!"Duplicate".equalsIgnoreCase(l.type()) || l.issueKey() == null) {
                continue;
            }
            Ticket other = byKey.get(l.issueKey());
            if (other != null && other.created() != null && t.created() != null && other.created().isBefore(t.created())) {
                out.add(other.key());
            }
        }
        return out;
    }

    /** Every {@code *.json} issue of a folder, in file-name order; unreadable files are reported and skipped. */
    static List<Ticket> loadTickets(Path dir, PrintStream err) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
            s.forEach(files::add);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        files.sort(Path::compareTo);
        JiraIssueReader reader = new JiraIssueReader();
        List<Ticket> out = new ArrayList<>();
        for (Path f : files) {
            try {
                out.add(reader.read(Files.readAllBytes(f)));
            } catch (IOException | BadInputException e) {
                err.println("skip " + f.getFileName() + ": " + e.getMessage());
            }
        }
        return out;
    }
}
