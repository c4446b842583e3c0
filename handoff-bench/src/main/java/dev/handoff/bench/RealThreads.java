package dev.handoff.bench;

import dev.handoff.cli.jira.JiraIssueReader;
import dev.handoff.core.model.Comment;
import dev.handoff.core.model.Ticket;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark input built from real ticket text: the descriptions and comments of the AC corpus (or the
 * bundled examples when the corpus is absent), stitched into one long thread of the requested size.
 */
final class RealThreads {

    private RealThreads() {
    }

    static Ticket thread(int comments, int targetBytes) throws Exception {
        List<Ticket> real = load();
        List<Comment> pool = new ArrayList<>();
        for (Ticket t : real) {
            pool.addAll(t.comments());
        }
        if (pool.isEmpty()) {
            throw new IllegalStateException("no real comments found for the benchmark");
        }
        int perComment = Math.max(1, targetBytes / comments);
        List<Comment> thread = new ArrayList<>();
        int i = 0;
        while (thread.size() < comments) {
            Comment c = pool.get(i++ % pool.size());
            String body = c.body();
            if (body.length() > perComment * 2) {
                body = body.substring(0, perComment * 2);
            }
            thread.add(new Comment(String.valueOf(thread.size() + 1), thread.size() + 1, c.author(), c.created(), body, c.visibility()));
        }
        Ticket first = real.get(0);
        return new Ticket("BENCH-" + comments, first.summary(), first.description(), "", first.issueType(), first.status(),
                null, null, first.reporter(), first.assignee(), first.created(), null, first.components(), List.of(), List.of(),
                thread, List.of(), List.of(), List.of());
    }

    /** Descriptions and comments of real tickets, one after another, up to about a megabyte: the redaction input. */
    static String text() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Ticket t : load()) {
            sb.append(t.description()).append('\n');
            for (Comment c : t.comments()) {
                sb.append(c.body()).append('\n');
            }
            if (sb.length() > 1_000_000) {
                break;
            }
        }
        return sb.toString();
    }

    static List<Ticket> load() throws IOException {
        Path dir = Path.of("../shared/corpora/jira/ac");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("/work/shared/corpora/jira/ac");
        }
        if (!Files.isDirectory(dir)) {
            dir = Path.of("examples");
        }
        JiraIssueReader reader = new JiraIssueReader();
        List<Ticket> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                try {
                    Ticket t = reader.read(Files.readAllBytes(f));
                    if (!t.comments().isEmpty()) {
                        out.add(t);
                    }
                } catch (Exception e) {
                    // Unreadable corpus files are skipped: the benchmark needs text, not every file.
                }
                if (out.size() >= 600) {
                    break;
                }
            }
        }
        return out;
    }
}
