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
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metric (d) of the corpora README: slot-by-slot recall, precision and false-fill rate of the environment
 * extractor on {@code jira/env-slots-gold.jsonl}, run with the environment field removed.
 */
public final class SlotsEval {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\d+(?:\\.\\d+)*");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "with",
            "and", "or", "is", "are", "was", "were", "be", "been", "by", "from", "as", "it", "this", "that", "i", "my", "we",
            "our", "you", "your", "not", "no", "but", "if", "so", "do", "does", "did", "has", "have", "had");

    private SlotsEval() {
    }

    public static int run(List<String> args, PrintStream out) {
        long t0 = System.nanoTime();
        Path corpora = EvalSupport.corpora(args);
        boolean verbose = args.contains("--verbose");
        List<JsonNode> gold = EvalSupport.readJsonl(corpora.resolve("jira").resolve("env-slots-gold.jsonl"));
        EnvironmentExtractor extractor = new EnvironmentExtractor();
        Map<Slot, int[]> counts = new EnumMap<>(Slot.class); // goldMatched, gold, predMatched, pred, falseFill, emptyGold
        for (Slot s : Slot.values()) {
            counts.put(s, new int[6]);
        }
        long extractNanos = 0;
        for (JsonNode row : gold) {
            String key = row.get("key").asText();
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
            for (Slot slot : Slot.values()) {
                List<String> g = new ArrayList<>();
                row.get("slots").get(slot.jsonName()).forEach(v -> g.add(v.asText()));
                List<String> p = new ArrayList<>();
                for (Evidence ev : block.get(slot)) {
                    p.add(ev.value());
                }
                int[] c = counts.get(slot);
                c[1] += g.size();
                c[3] += p.size();
                for (String gv : g) {
                    if (p.stream().anyMatch(pv -> matches(pv, gv))) {
                        c[0]++;
                    } else if (verbose) {
                        out.println(key + " " + slot.jsonName() + " MISS  " + gv);
                    }
                }
                for (String pv : p) {
                    if (g.stream().anyMatch(gv -> matches(pv, gv))) {
                        c[2]++;
                    } else if (verbose) {
                        out.println(key + " " + slot.jsonName() + " EXTRA " + pv.replace('\n', ' '));
                    }
                }
                if (g.isEmpty()) {
                    c[5]++;
                    if (!p.isEmpty()) {
                        c[4]++;
                    }
                }
            }
        }
        int[] all = new int[6];
        out.println("slot          recall  precision  false-fill   (gold, predicted)");
        for (Slot s : Slot.values()) {
            int[] c = counts.get(s);
            for (int i = 0; i < 6; i++) {
                all[i] += c[i];
            }
            out.println(line(s.jsonName(), c));
        }
        out.println(line("overall", all));
        out.printf(Locale.ROOT, "issues %d, extraction %.1f ms total, run time %.1f s%n", gold.size(), extractNanos / 1e6,
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static String line(String name, int[] c) {
        return String.format(Locale.ROOT, "%-12s  %6s  %9s  %10s   (%d, %d)", name, EvalSupport.ratio(c[0], c[1]),
                EvalSupport.ratio(c[2], c[3]), EvalSupport.ratio(c[4], c[5]), c[1], c[3]);
    }

    /** Metric (d): containment at word boundaries either way, or content-word Jaccard of at least 0.5. */
    static boolean matches(String predicted, String gold) {
        String p = normalize(predicted);
        String g = normalize(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return false;
        }
        if (containsAtBoundary(p, g) || containsAtBoundary(g, p)) {
            return true;
        }
        Set<String> a = contentWords(p);
        Set<String> b = contentWords(g);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return inter.size() * 2 >= union.size();
    }

    static String normalize(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        int a = 0;
        int b = t.length();
        while (a < b && !Character.isLetterOrDigit(t.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(t.charAt(b - 1))) {
            b--;
        }
        return t.substring(a, b);
    }

    static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String w = m.group();
            if (FUNCTION_WORDS.contains(w)) {
                continue;
            }
            out.add(Character.isLetter(w.charAt(0)) ? fold(w) : w);
        }
        return out;
    }

    /** Simple suffix folding: update, updated, updating and updates share one stem. */
    static String fold(String w) {
        for (String suffix : new String[] {"ing", "ed", "es", "s", "e"}) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** "ios 8" is not inside "ios 8.1", "ad" is not inside "address". */
    static boolean containsAtBoundary(String outer, String inner) {
        int from = 0;
        while (true) {
            int i = outer.indexOf(inner, from);
            if (i < 0) {
                return false;
            }
            int j = i + inner.length();
            boolean left = i == 0 || !glued(outer, i - 1, -1);
            boolean right = j == outer.length() || !glued(outer, j, 1);
            if (left && right) {
                return true;
            }
            from = i + 1;
        }
    }

    private static boolean glued(String s, int i, int dir) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int k = i + dir;
        return c == '.' && k >= 0 && k < s.length() && Character.isDigit(s.charAt(k));
    }
}
