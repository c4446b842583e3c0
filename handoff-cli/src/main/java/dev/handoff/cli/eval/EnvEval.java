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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
        // The same metric for the hand-labelled reporter environment of env-slots-gold.jsonl, on the issues both files
        // hold: how far the labels themselves get, per issue {truth, gold found, gold, gold in field, ours found,
        // ours, ours in field}.
        Map<String, List<String>> goldValues = goldValues(corpora);
        List<long[]> goldRows = new ArrayList<>();
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
            if (goldValues.containsKey(key)) {
                Set<String> gold = tokens(String.join(" \n ", goldValues.get(key)));
                goldRows.add(new long[] {truth.size(), intersection(truth, gold), gold.size(), intersection(gold, field),
                        found.size(), extracted.size(), inField.size()});
            }
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
        printGoldReference(goldRows, out);
        if (verbose) {
            out.println("slot and source           tokens  in field");
            bySource.forEach((k, b) -> out.printf(Locale.ROOT, "%-24s  %6d  %8s%n", k, b[0], EvalSupport.ratio(b[1], b[0])));
        }
        out.printf(Locale.ROOT, "extraction %.1f ms total, run time %.1f s%n", extractNanos / 1e6, (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static Map<String, List<String>> goldValues(Path corpora) {
        Map<String, List<String>> out = new HashMap<>();
        for (JsonNode row : EvalSupport.readJsonl(corpora.resolve("jira").resolve("env-slots-gold.jsonl"))) {
            List<String> values = new ArrayList<>();
            row.get("slots").forEach(slot -> slot.forEach(v -> values.add(v.asText())));
            out.put(row.get("key").asText(), values);
        }
        return out;
    }

    /**
     * Prints the metric for the gold labels and for this extractor on the issues labelled in both files, each with a
     * 95% interval from resampling issues (fixed seed, so the figures repeat run to run).
     */
    static void printGoldReference(List<long[]> rows, PrintStream out) {
        if (rows.isEmpty()) {
            return;
        }
        long truth = rows.stream().mapToLong(r -> r[0]).sum();
        out.printf(Locale.ROOT, "issues also in env-slots-gold.jsonl: %d (%d truth tokens)%n", rows.size(), truth);
        out.println("                          recall [95%]          precision [95%]");
        out.println(goldLine("gold slot labels", rows, 1, 2, 3));
        out.println(goldLine("extracted block", rows, 4, 5, 6));
    }

    private static String goldLine(String name, List<long[]> rows, int found, int size, int inField) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261203L);
        int resamples = 2000;
        double[] recall = new double[resamples];
        double[] precision = new double[resamples];
        for (int i = 0; i < resamples; i++) {
            long[] sum = new long[7];
            for (int j = 0; j < rows.size(); j++) {
                long[] r = rows.get(random.nextInt(rows.size()));
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += r[k];
                }
            }
            recall[i] = sum[0] == 0 ? 0 : (double) sum[found] / sum[0];
            precision[i] = sum[size] == 0 ? 0 : (double) sum[inField] / sum[size];
        }
        long[] all = new long[7];
        rows.forEach(r -> {
            for (int k = 0; k < all.length; k++) {
                all[k] += r[k];
            }
        });
        return String.format(Locale.ROOT, "%-24s  %6s [%s]  %9s [%s]", name, EvalSupport.ratio(all[found], all[0]),
                interval(recall), EvalSupport.ratio(all[inField], all[size]), interval(precision));
    }

    private static String interval(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.3f-%.3f", sorted[(int) (sorted.length * 0.025)],
                sorted[(int) (sorted.length * 0.975) - 1]);
    }

    private static long intersection(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).count();
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
