package dev.handoff.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.core.redact.RedactionResult;
import dev.handoff.core.redact.Redactor;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./handoff eval redact [--corpora DIR] [--show N]}: metric (b) of the corpora README on the dev corpora.
 * Recall of positives embedded in real AC descriptions, false redactions per 1000 clean AC/ALOY lines, share of
 * negatives left unchanged, neighbour similarity and throughput.
 */
public final class RedactEval {
    private RedactEval() {
    }

    static final long SEED = 20240917L;
    static final Pattern MARKER = Pattern.compile("\\[REDACTED:[a-z-]+\\]");
    /** Lines that look like they carry credentials are not "clean" text for the false-redaction rate. */
    static final Pattern CREDENTIAL_LOOKING = Pattern.compile(
            "(?i)passw|passwort|kennwort|\\bpwd\\b|\\bpw\\b|secret|token|api[_ -]?key|access[_ -]?key|private[_ ]key"
                    + "|authorization|bearer|cookie|session|credential|://[^/\\s:@]+:[^/\\s@]+@|-----BEGIN|\\b-u\\s|\\b-p\\s"
                    + "|license[_ ]key|serial|otp|2fa|mfa|one-time|verification code|wi-?fi"
                    + "|\\bkey[\"']?\\s*(?:is\\b|[:=])|[?&]key=|\\bsid=");

    record Positive(String text, String secret, String kind, String source) {
    }

    record Negative(String text, String why) {
    }

    public static int run(List<String> args, PrintStream out) {
        Path dir = null;
        int show = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--corpora") && i + 1 < args.size()) {
                dir = Path.of(args.get(++i));
            } else if (a.equals("--show") && i + 1 < args.size()) {
                show = Integer.parseInt(args.get(++i));
            } else if (!a.equals("redact")) {
                out.println("usage: eval redact [--corpora DIR] [--show N]");
                return 2;
            }
        }
        if (dir == null) {
            dir = EvalSupport.defaultCorpora();
        }
        if (!Files.isDirectory(dir.resolve("secrets"))) {
            out.println("no corpora at " + dir.toAbsolutePath());
            return 2;
        }
        try {
            Report r = evaluate(dir, Redactor.defaults(), show, out);
            r.print(out);
            return 0;
        } catch (IOException | UncheckedIOException e) {
            out.println("eval redact failed: " + e.getMessage());
            return 1;
        }
    }

    /** Figures of one run; package-private for tests. */
    static final class Report {
        int positives;
        int recalled;
        final Map<String, int[]> bySource = new TreeMap<>();
        final Map<String, int[]> byFamily = new TreeMap<>();
        final Map<String, int[]> byKind = new TreeMap<>();
        long cleanLines;
        long falseRedactions;
        long allLines;
        long allLineRedactions;
        int negatives;
        int negativesUnchanged;
        double similaritySum;
        int similarityCount;
        double embeddedSimilaritySum;
        double megabytesPerSecond;

        double recall() {
            return positives == 0 ? 0 : (double) recalled / positives;
        }

        double falsePer1000() {
            return cleanLines == 0 ? 0 : 1000.0 * falseRedactions / cleanLines;
        }

        double negativesUnchangedShare() {
            return negatives == 0 ? 0 : (double) negativesUnchanged / negatives;
        }

        double meanSimilarity() {
            return similarityCount == 0 ? 0 : similaritySum / similarityCount;
        }

        void print(PrintStream out) {
            out.printf(Locale.ROOT, "recall overall: %.4f (%d/%d)%n", recall(), recalled, positives);
            bySource.forEach((k, v) -> out.printf(Locale.ROOT, "  source %-12s %.4f (%d/%d)%n", k, share(v), v[0], v[1]));
            byFamily.forEach((k, v) -> out.printf(Locale.ROOT, "  family %-20s %.4f (%d/%d)%n", k, share(v), v[0], v[1]));
            StringBuilder missed = new StringBuilder();
            byKind.forEach((k, v) -> {
                if (v[0] < v[1]) {
                    missed.append(missed.length() == 0 ? "" : ", ").append(k).append(' ').append(v[0]).append('/').append(v[1]);
                }
            });
            out.printf(Locale.ROOT, "  rule ids below 1.0 (%d of %d): %s%n", missed.length() == 0 ? 0
                    : missed.toString().split(", ").length, byKind.size(), missed);
            out.printf(Locale.ROOT, "false redactions per 1000 clean lines: %.3f (%d spans in %d lines; all lines incl. credential-looking: %d spans in %d lines)%n",
                    falsePer1000(), falseRedactions, cleanLines, allLineRedactions, allLines);
            out.printf(Locale.ROOT, "negatives unchanged: %.4f (%d/%d)%n", negativesUnchangedShare(), negativesUnchanged, negatives);
            out.printf(Locale.ROOT, "mean neighbour similarity: %.4f on the examples alone, %.4f embedded in descriptions (n=%d)%n",
                    meanSimilarity(), similarityCount == 0 ? 0 : embeddedSimilaritySum / similarityCount, similarityCount);
            out.printf(Locale.ROOT, "throughput: %.1f MB/s (single thread, CPU time)%n", megabytesPerSecond);
        }

        private static double share(int[] v) {
            return v[1] == 0 ? 0 : (double) v[0] / v[1];
        }
    }

    static Report evaluate(Path dir, Redactor redactor, int show, PrintStream out) throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<Positive> positives = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("secrets/positives.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = om.readTree(line);
                positives.add(new Positive(n.path("text").asText(), n.path("secret").asText(), n.path("kind").asText(),
                        n.path("source").asText()));
            }
        }
        List<Negative> negatives = new ArrayList<>();
        Path negPath = dir.resolve("secrets/negatives.jsonl");
        if (Files.exists(negPath)) {
            for (String line : Files.readAllLines(negPath, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode n = om.readTree(line);
                    negatives.add(new Negative(n.path("text").asText(), n.path("why").asText()));
                }
            }
        }
        List<String> acDescriptions = new ArrayList<>();
        List<String> cleanTexts = new ArrayList<>();
        for (String project : List.of("ac", "aloy")) {
            Path p = dir.resolve("jira").resolve(project);
            if (!Files.isDirectory(p)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(p)) {
                files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                JsonNode fields = om.readTree(f.toFile()).path("fields");
                String d = fields.path("description").asText("");
                if (!d.isBlank()) {
                    cleanTexts.add(d);
                    if (project.equals("ac")) {
                        acDescriptions.add(d);
                    }
                }
                for (JsonNode c : fields.path("comment").path("comments")) {
                    String b = c.path("body").asText("");
                    if (!b.isBlank()) {
                        cleanTexts.add(b);
                    }
                }
            }
        }
        Report r = new Report();
        Random rnd = new Random(SEED);
        int shown = 0;
        for (Positive pos : positives) {
            String host = pickHost(acDescriptions, pos.secret, rnd);
            String embedded = embed(host, pos.text, rnd);
            String output = redactor.redact(embedded).text();
            boolean ok = !output.contains(pos.secret);
            r.positives++;
            if (ok) {
                r.recalled++;
            } else if (shown < show) {
                shown++;
                out.println("MISS [" + pos.kind + "] secret=" + abbreviate(pos.secret) + " text=" + abbreviate(pos.text));
            }
            tally(r.bySource, pos.source, ok);
            tally(r.byFamily, family(pos.kind), ok);
            tally(r.byKind, pos.kind, ok);
            String alone = redactor.redact(pos.text).text();
            double sim = similarity(pos.text.replace(pos.secret, ""), MARKER.matcher(alone).replaceAll(""));
            r.similaritySum += sim;
            if (sim < 0.9 && show > 0) {
                out.println("LOW SIMILARITY " + String.format(Locale.ROOT, "%.2f", sim) + " [" + pos.kind + "] "
                        + abbreviate(alone));
            }
            r.embeddedSimilaritySum += similarity(embedded.replace(pos.secret, ""), MARKER.matcher(output).replaceAll(""));
            r.similarityCount++;
        }
        shown = 0;
        for (Negative neg : negatives) {
            r.negatives++;
            RedactionResult res = redactor.redact(neg.text);
            if (res.text().equals(neg.text)) {
                r.negativesUnchanged++;
            } else if (shown < show) {
                shown++;
                out.println("NEG CHANGED (" + neg.why + "): " + abbreviate(res.text()));
                out.println("   was: " + abbreviate(neg.text));
            }
        }
        shown = 0;
        for (String t : cleanTexts) {
            for (String line : t.split("\n", -1)) {
                if (line.isBlank()) {
                    continue;
                }
                int spans = redactor.redact(line).report().total();
                r.allLines++;
                r.allLineRedactions += spans;
                if (CREDENTIAL_LOOKING.matcher(line).find()) {
                    continue;
                }
                r.cleanLines++;
                r.falseRedactions += spans;
                if (spans > 0 && shown < show) {
                    shown++;
                    out.println("FP: " + abbreviate(redactor.redact(line).text()));
                    out.println("   was: " + abbreviate(line));
                }
            }
        }
        r.megabytesPerSecond = throughput(redactor, cleanTexts);
        return r;
    }

    static double throughput(Redactor redactor, List<String> texts) {
        long chars = 0;
        for (String t : texts) {
            chars += t.length();
        }
        if (chars == 0) {
            return 0;
        }
        long sink = 0;
        for (int warm = 0; warm < 2; warm++) {
            for (String t : texts) {
                sink += redactor.redact(t).text().length();
            }
        }
        // CPU time of this thread: the machine is shared, wall time would measure the neighbours
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        int rounds = 3;
        for (int k = 0; k < rounds; k++) {
            for (String t : texts) {
                sink += redactor.redact(t).text().length();
            }
        }
        double secs = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
        if (sink == 42) {
            System.out.print("");
        }
        // characters of (mostly ASCII) ticket text taken as bytes
        return chars * rounds / 1e6 / secs;
    }

    static String pickHost(List<String> descriptions, String secret, Random rnd) {
        if (descriptions.isEmpty()) {
            return "";
        }
        for (int tries = 0; tries < 100; tries++) {
            String d = descriptions.get(rnd.nextInt(descriptions.size()));
            if (!d.contains(secret)) {
                return d;
            }
        }
        return "";
    }

    /** Inserts the example at a random word boundary (after a space or newline) of the host text. */
    static String embed(String host, String example, Random rnd) {
        List<Integer> boundaries = new ArrayList<>();
        boundaries.add(0);
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c == ' ' || c == '\n') {
                boundaries.add(i + 1);
            }
        }
        boundaries.add(host.length());
        int at = boundaries.get(rnd.nextInt(boundaries.size()));
        String before = host.substring(0, at);
        String after = host.substring(at);
        String sepBefore = before.isEmpty() || before.endsWith(" ") || before.endsWith("\n") ? "" : " ";
        String sepAfter = after.isEmpty() || after.startsWith(" ") || after.startsWith("\n") ? "" : " ";
        return before + sepBefore + example + sepAfter + after;
    }

    static void tally(Map<String, int[]> m, String key, boolean ok) {
        int[] v = m.computeIfAbsent(key, k -> new int[2]);
        if (ok) {
            v[0]++;
        }
        v[1]++;
    }

    /** Kind families of the README's metric (b), from the rule id. */
    static String family(String rule) {
        String r = rule.toLowerCase(Locale.ROOT);
        if (r.contains("private-key") || r.contains("pem") || r.contains("pgp") || r.startsWith("np.age")
                || r.contains("ssh") || r.contains("wireguard") || r.contains("putty")) {
            return "private keys";
        }
        if (r.contains("mongodb") || r.contains("postgres") || r.contains("odbc") || r.contains("jdbc")
                || r.contains("sidekiq") || r.contains("-url") || r.contains("uri") || r.contains("redis")
                || r.contains("mysql") || r.contains("amqp") || r.startsWith("np.azure.1") || r.startsWith("np.azure.2")
                || r.contains("connection")) {
            return "connection strings/URIs";
        }
        if (r.contains("password") || r.contains("passwd") || r.contains("curl-auth-user") || r.contains("netrc")
                || r.contains("psexec") || r.contains("vmware") || r.contains("reactapp") || r.contains("phpmailer")
                || r.contains("krb5") || r.matches("np\\.generic\\.(?:[3-9]|1[0-6])") || r.contains("credential")) {
            return "passwords";
        }
        if (r.contains("kubernetes") || r.contains("license") || r.contains("otp") || r.contains("bitlocker")
                || r.contains("wifi")) {
            return "other";
        }
        return "tokens/api keys";
    }

    /** 1 - edit distance / longer length, computed on the differing middle after common prefix and suffix. */
    static double similarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1.0;
        }
        int pre = 0;
        int lim = Math.min(a.length(), b.length());
        while (pre < lim && a.charAt(pre) == b.charAt(pre)) {
            pre++;
        }
        int suf = 0;
        while (suf < lim - pre && a.charAt(a.length() - 1 - suf) == b.charAt(b.length() - 1 - suf)) {
            suf++;
        }
        String x = a.substring(pre, a.length() - suf);
        String y = b.substring(pre, b.length() - suf);
        int d;
        if ((long) x.length() * y.length() > 50_000_000L) {
            d = Math.max(x.length(), y.length()); // too far apart to matter: count as fully different
        } else {
            d = levenshtein(x, y);
        }
        return 1.0 - (double) d / max;
    }

    static int levenshtein(String x, String y) {
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            char cx = x.charAt(i - 1);
            for (int j = 1; j <= y.length(); j++) {
                int cost = cx == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()];
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() > 220 ? one.substring(0, 220) + "..." : one;
    }
}
