package dev.handoff.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.cli.jira.BadInputException;
import dev.handoff.core.extract.EnvironmentExtractor;
import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.Ticket;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metric (a) of the corpora README: version-token recall and precision of the extracted environment block
 * against Jira's own environment field, on {@code jira/env-truth.jsonl}, with the field removed before extraction.
 */
public final class EnvEval {

    static final Pattern VERSION = Pattern.compile(
            "(?<![\\d.])v?(\\d+(?:\\.\\d+)+(?:[.\\-_]?(?:ga|rc\\d*|beta\\d*|alpha\\d*|snapshot|final|v\\d{6,})(?![a-z]))?)(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern BUILD = Pattern.compile("\\bbuild\\s*(?:#|no\\.?|number)?\\s*:?\\s*(\\d[0-9a-z]{2,})\\b",
            Pattern.CASE_INSENSITIVE);

    private EnvEval() {
    }

    public static int run(List<String> args, PrintStream out) {
        long t0 = System.nanoTime();
        Path corpora = EvalSupport.corpora(args);
        boolean verbose = args.contains("--verbose");
        List<JsonNode> rows = EvalSupport.readJsonl(corpora.resolve("jira").resolve("env-truth.jsonl"));
        EnvironmentExtractor extractor = new EnvironmentExtractor();
        // truthFound, truth, extractedInField, extracted, nonEmpty, issues
        Map<String, long[]> perCorpus = new LinkedHashMap<>();
        // With --verbose: extracted tokens and those in the field, per slot and source kind (where precision is lost).
        Map<String, long[]> bySource = new java.util.TreeMap<>();
        long extractNanos = 0;
        for (JsonNode row : rows) {
            String key = row.get("key").asText();
            String corpus = key.substring(0, key.indexOf('-'));
            Ticket ticket;
            try {
                ticket = EvalSupport.readIssue(corpora, key).withoutEnvironment();
            } catch (BadInputException e) {
                out.println("skip " + key + ": " + e.getMessage());
                continue;
            }
            long e0 = System.nanoTime();
            EnvironmentBlock block = extractor.extract(EvalSupport.sources(ticket));
            extractNanos += System.nanoTime() - e0;
            Set<String> truth = new HashSet<>();
            row.get("truth_tokens").forEach(t -> truth.add(t.asText()));
            Set<String> field = tokens(row.get("environment").asText());
            StringBuilder all = new StringBuilder();
            for (Slot s : Slot.values()) {
                for (Evidence ev : block.get(s)) {
                    all.append(ev.value()).append(" \n ");
                }
            }
            Set<String> extracted = tokens(all.toString());
            Set<String> found = new HashSet<>(truth);
            found.retainAll(extracted);
            Set<String> inField = new HashSet<>(extracted);
            inField.retainAll(field);
            long[] c = perCorpus.computeIfAbsent(corpus, k -> new long[6]);
            c[0] += found.size();
            c[1] += truth.size();
            c[2] += inField.size();
            c[3] += extracted.size();
            c[4] += block.isEmpty() ? 0 : 1;
            c[5]++;
            for (Slot s : Slot.values()) {
                for (Evidence ev : block.get(s)) {
                    long[] b = bySource.computeIfAbsent(s.jsonName() + " " + ev.source().kind(), k -> new long[2]);
                    for (String t : tokens(ev.value())) {
                        b[0]++;
                        b[1] += field.contains(t) ? 1 : 0;
                    }
                }
            }
            if (verbose && (found.size() < truth.size() || inField.size() < extracted.size())) {
                Set<String> missed = new HashSet<>(truth);
                missed.removeAll(extracted);
                Set<String> wrong = new HashSet<>(extracted);
                wrong.removeAll(field);
                out.println(key + " missed=" + missed + " wrong=" + wrong);
                for (Slot s : Slot.values()) {
                    for (Evidence ev : block.get(s)) {
                        if (tokens(ev.value()).stream().anyMatch(wrong::contains)) {
                            out.println("  WRONG " + s.jsonName() + " " + ev.source().kind() + " | " + ev.value().replace('\n', ' '));
                        }
                    }
                }
            }
        }
        long[] total = new long[6];
        out.println("corpus    issues  recall  precision  non-empty");
        for (Map.Entry<String, long[]> e : perCorpus.entrySet()) {
            for (int i = 0; i < 6; i++) {
                total[i] += e.getValue()[i];
            }
            out.println(line(e.getKey(), e.getValue()));
        }
        out.println(line("overall", total));
        if (verbose) {
            out.println("slot and source           tokens  in field");
            bySource.forEach((k, b) -> out.printf(Locale.ROOT, "%-24s  %6d  %8s%n", k, b[0], EvalSupport.ratio(b[1], b[0])));
        }
        out.printf(Locale.ROOT, "extraction %.1f ms total, run time %.1f s%n", extractNanos / 1e6, (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static String line(String name, long[] c) {
        return String.format(Locale.ROOT, "%-8s  %6d  %6s  %9s  %9s", name, c[5], EvalSupport.ratio(c[0], c[1]),
                EvalSupport.ratio(c[2], c[3]), EvalSupport.ratio(c[4], c[5]));
    }

    /** Version tokens of a text per metric (a): group 1 of VERSION and BUILD, lower-cased. */
    static Set<String> tokens(String text) {
        Set<String> out = new HashSet<>();
        for (Pattern p : new Pattern[] {VERSION, BUILD}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
