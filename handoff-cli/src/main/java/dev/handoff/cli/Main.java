package dev.handoff.cli;

import dev.handoff.cli.eval.EnvEval;
import dev.handoff.cli.eval.KbEval;
import dev.handoff.cli.eval.PromptEval;
import dev.handoff.cli.eval.SimilarEval;
import dev.handoff.cli.eval.SuggestEval;
import dev.handoff.cli.kb.KbCommand;
import dev.handoff.cli.eval.RedactEval;
import dev.handoff.cli.eval.SlotsEval;
import dev.handoff.cli.preview.PreviewServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code ./handoff}: the offline runner. */
public final class Main {

    private static final String USAGE = """
            usage: handoff COMMAND [ARGS]
              demo                               draft notes for the bundled real tickets in examples/
              draft [--json] [--tier N] [--kb DIR] [--history DIR] FILE...
                                                 draft from Jira REST v2 issue JSON ('-' reads stdin)
                    [--llm ollama --ollama-url URL [--llm-stream] | --llm openai --openai-url URL]
                    [--model NAME] [--llm-timeout S] [--language L] [--categories A,B]
                                                 add a model's sourced prose (URL/model default: HANDOFF_OLLAMA_URL/_MODEL,
                                                 HANDOFF_OPENAI_URL/_MODEL; key: HANDOFF_OPENAI_API_KEY)
              kb search --kb DIR [--tier N] [--top K] [--json]   search approved runbooks (queries on stdin)
              kb search --confluence URL --space KEY:TIER[,KEY:TIER] [--token-env VAR] [--timeout S] [--tier N] [--top K] [--json]
                                                 the same over approved Confluence DC spaces (token from HANDOFF_CONFLUENCE_TOKEN)
              ... --rerank-ollama URL --embed-model NAME [--rerank-weight W] [--rerank-candidates N] [--rerank-timeout S]
                                                 with kb search --kb, draft --kb, eval kb: re-rank BM25 candidates with
                                                 Ollama embeddings (--rerank: URL from HANDOFF_OLLAMA_URL; model default
                                                 HANDOFF_EMBED_MODEL); BM25 order and the reason when the server cannot help
              redact                             redact stdin to stdout, line for line
              eval env|slots|redact|kb|similar|suggest|prompt [--corpora DIR]   evaluation figures on the shared corpora
              preview [--port N] FILE.json       the approval panel on 127.0.0.1, backed by the offline pipeline
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.in, System.out, System.err));
    }

    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.print(USAGE);
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "demo" -> demo(rest, in, out, err);
            case "draft" -> new DraftCommand().run(rest, in, out, err);
            case "redact" -> RedactCommand.run(in, out);
            case "eval" -> eval(rest, in, out, err);
            case "kb" -> KbCommand.run(rest, in, out, err);
            case "preview" -> PreviewServer.run(rest, out, err, PipelinePreview::backend);
            case "help", "--help", "-h" -> {
                out.print(USAGE);
                yield 0;
            }
            default -> {
                err.println("handoff: unknown command '" + args.get(0) + "'");
                err.print(USAGE);
                yield 2;
            }
        };
    }

    private static int eval(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("usage: handoff eval env|slots|redact|kb|similar|suggest|prompt [--corpora DIR]");
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "env" -> EnvEval.run(rest, out);
            case "slots" -> SlotsEval.run(rest, out);
            case "redact" -> RedactEval.run(rest, out);
            case "kb" -> KbEval.run(rest, in, out, err);
            case "similar" -> SimilarEval.run(rest, in, out, err);
            case "suggest" -> SuggestEval.run(rest, in, out, err);
            case "prompt" -> PromptEval.run(rest, out);
            default -> {
                err.println("handoff eval: unknown evaluation '" + args.get(0) + "' (env, slots, redact, kb, similar, suggest, prompt)");
                yield 2;
            }
        };
    }

    /** Drafts every bundled example; the examples folder sits next to the launcher. */
    private static int demo(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        Path dir = Path.of(args.isEmpty() ? "examples" : args.get(0));
        List<String> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
            s.forEach(p -> files.add(p.toString()));
        } catch (IOException e) {
            err.println("handoff demo: cannot read " + dir + ": " + e.getMessage());
            return 1;
        }
        files.sort(String::compareTo);
        out.println("Handoff demo: deterministic escalation notes (no model server) for " + files.size()
                + " real tickets in " + dir + " (Appcelerator JIRA, Apache-2.0; see " + dir.resolve("README.md") + ").");
        out.println();
        return new DraftCommand().run(files, in, out, err);
    }
}
