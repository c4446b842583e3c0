package dev.handoff.cli;

import dev.handoff.cli.jira.BadInputException;
import dev.handoff.cli.kb.RerankOptions;
import dev.handoff.cli.jira.JiraIssueReader;
import dev.handoff.core.draft.Draft;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.json.DraftJson;
import dev.handoff.core.json.Json;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.core.prose.NoteGenerator;
import dev.handoff.core.prose.ProseRequest;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.core.render.NoteRenderer;
import dev.handoff.search.EmbeddingReranker;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./handoff draft [--json] [--tier N] [--kb DIR [--rerank-ollama URL --embed-model NAME ...]] [--history DIR]
 * [--llm ollama|openai ...] FILE...}: one note (or JSON line) per issue
 * file. A bad file gets a one-line error naming it and the problem; the other files are still drafted.
 * With a model, its sourced prose joins the deterministic note, or the reason it could not.
 */
final class DraftCommand {

    private final Map<String, String> env;

    DraftCommand() {
        this(System.getenv());
    }

    DraftCommand(Map<String, String> env) {
        this.env = env;
    }

    private final EscalationPipeline pipeline = EscalationPipeline.defaults();
    private final NoteRenderer renderer = new NoteRenderer();
    private final JiraIssueReader reader = new JiraIssueReader();
    private Knowledge knowledge;

    int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
        boolean json = false;
        int tier = 2;
        Path kb = null;
        Path history = null;
        java.util.Set<String> roles = new java.util.LinkedHashSet<>();
        java.util.Set<String> groups = new java.util.LinkedHashSet<>();
        List<String> files = new ArrayList<>();
        LlmOptions llm = new LlmOptions(env);
        RerankOptions rerank = new RerankOptions(env::get);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            int consumed;
            try {
                consumed = llm.accept(args, i);
                if (consumed < 0) {
                    consumed = rerank.accept(args, i);
                }
            } catch (IllegalArgumentException e) {
                err.println("handoff draft: " + e.getMessage());
                return 2;
            }
            if (consumed >= 0) {
                i = consumed;
                continue;
            }
            switch (a) {
                case "--json" -> json = true;
                case "--tier" -> {
                    if (i + 1 >= args.size() || !args.get(i + 1).matches("[123]")) {
                        err.println("handoff draft: --tier needs 1, 2 or 3");
                        return 2;
                    }
                    tier = Integer.parseInt(args.get(++i));
                }
                case "--role", "--group" -> {
                    // comments restricted to a project role or group reach the draft only if its audience has it, as in Jira
                    if (i + 1 >= args.size() || args.get(i + 1).isBlank() || args.get(i + 1).startsWith("--")) {
                        err.println("handoff draft: " + a + " needs a name");
                        return 2;
                    }
                    (a.equals("--role") ? roles : groups).add(args.get(++i));
                }
                case "--kb", "--history" -> {
                    if (i + 1 >= args.size()) {
                        err.println("handoff draft: " + a + " needs a folder");
                        return 2;
                    }
                    Path dir = Path.of(args.get(++i));
                    if (!Files.isDirectory(dir)) {
                        err.println("handoff draft: " + a + " " + dir + ": not a folder");
                        return 2;
                    }
                    if (a.equals("--kb")) {
                        kb = dir;
                    } else {
                        history = dir;
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        err.println("handoff draft: unknown option " + a);
                        return 2;
                    }
                    files.add(a);
                }
            }
        }
        if (files.isEmpty()) {
            err.println("usage: handoff draft [--json] [--tier N] [--role NAME]... [--group NAME]... [--kb DIR [" + RerankOptions.USAGE + "]] [--history DIR]"
                    + " [--llm ollama --ollama-url URL [--llm-stream]"
                    + " | --llm openai --openai-url URL] [--model NAME] [--llm-timeout SECONDS] [--language NAME] [--categories A,B]"
                    + " FILE... ('-' reads stdin)");
            return 2;
        }
        NoteGenerator generator = null;
        if (llm.enabled()) {
            try {
                generator = llm.generator();
            } catch (IllegalArgumentException e) {
                err.println("handoff draft: " + e.getMessage());
                return 2;
            }
        }
        EmbeddingReranker reranker = null;
        if (rerank.enabled()) {
            if (kb == null) {
                err.println("handoff draft: re-ranking needs --kb DIR");
                return 2;
            }
            try {
                reranker = rerank.reranker();
            } catch (IllegalArgumentException e) {
                err.println("handoff draft: " + e.getMessage());
                return 2;
            }
        }
        if (kb != null || history != null) {
            try {
                knowledge = Knowledge.load(kb, history, reader, reranker, rerank.model(), err);
            } catch (IOException e) {
                err.println("handoff draft: cannot read the knowledge folders: " + e.getMessage());
                return 1;
            }
        }
        int failed = 0;
        Audience audience = new Audience(tier, groups, roles, false);
        for (String file : files) {
            try {
                Ticket ticket = reader.read(bytes(file, stdin));
                EscalationPipeline.Drafted drafted = pipeline.draftWithSources(ticket, audience);
                Draft draft = drafted.draft();
                Knowledge.Found lookup = knowledge == null ? null : knowledge.find(ticket, draft, tier);
                DraftKnowledge found = lookup == null ? null : lookup.knowledge();
                if (!json && lookup != null && lookup.rerank() != null && lookup.rerank().fallbackReason() != null) {
                    err.println("handoff: " + file + ": runbooks in BM25 order: " + lookup.rerank().fallbackReason());
                }
                ProseResult prose = generator == null ? null : generator.generate(new ProseRequest(draft, drafted.sources(),
                        found == null ? List.of() : found.passages(), llm.categories, llm.language));
                if (json) {
                    Map<String, Object> line = new DraftJson(renderer).cli(draft);
                    if (prose != null || found != null) {
                        line.put("note", note(renderer, draft, prose, found, false));
                        line.put("noteWiki", note(renderer, draft, prose, found, true));
                    }
                    if (prose != null) {
                        line.put("llm", LlmOptions.json(prose));
                    }
                    if (found != null) {
                        line.putAll(knowledge.json(lookup));
                    }
                    out.println(Json.write(line));
                } else {
                    out.println(note(renderer, draft, prose, found, false));
                    out.println();
                }
            } catch (BadInputException e) {
                failed++;
                err.println("handoff: " + file + ": " + e.getMessage());
            } catch (RuntimeException e) {
                failed++;
                err.println("handoff: " + file + ": drafting failed: " + e);
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static String note(NoteRenderer renderer, Draft draft, ProseResult prose, DraftKnowledge found, boolean wiki) {
        if (found != null) {
            return wiki ? renderer.wiki(draft, prose, found) : renderer.plainText(draft, prose, found);
        }
        if (prose != null) {
            return wiki ? renderer.wiki(draft, prose) : renderer.plainText(draft, prose);
        }
        return wiki ? renderer.wiki(draft) : renderer.plainText(draft);
    }

    private static byte[] bytes(String file, InputStream stdin) throws BadInputException {
        try {
            if (file.equals("-")) {
                byte[] data = stdin.readNBytes(JiraIssueReader.MAX_DOCUMENT_BYTES + 1);
                if (data.length > JiraIssueReader.MAX_DOCUMENT_BYTES) {
                    throw new BadInputException("too large: more than " + JiraIssueReader.MAX_DOCUMENT_BYTES + " bytes on stdin");
                }
                return data;
            }
            Path p = Path.of(file);
            if (Files.isDirectory(p)) {
                throw new BadInputException("is a directory, not an issue file");
            }
            long size = Files.size(p);
            if (size > JiraIssueReader.MAX_DOCUMENT_BYTES) {
                throw new BadInputException("too large: " + size + " bytes, limit " + JiraIssueReader.MAX_DOCUMENT_BYTES);
            }
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file");
        } catch (IOException e) {
            throw new BadInputException("cannot read: " + e.getMessage());
        }
    }
}
