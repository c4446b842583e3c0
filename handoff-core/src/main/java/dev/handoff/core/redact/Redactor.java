package dev.handoff.core.redact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets in ticket text with {@code [REDACTED:<kind>]}. Build once and share: instances are immutable and
 * thread-safe (matchers are created per call).
 *
 * <p>Design: one table-driven pass finds the trigger words case-blind and notes the "runs" of token characters
 * (where vendor prefixes, JWTs and random-looking strings live); keyword detectors start only at a trigger word, and
 * then parse the value by hand. No regex runs over ordinary prose, and every regex is bounded.
 * The number of lines is preserved: newlines inside a redacted span are re-emitted after the marker.
 */
public final class Redactor {
    private static final Triggers TRIGGERS = allTriggers();
    private static final Redactor DEFAULT = builder().build();

    private static Triggers allTriggers() {
        List<String> words = new ArrayList<>(KeywordDetector.triggerWords());
        words.addAll(StructuredDetectors.triggerWords());
        words.addAll(CredentialPairs.triggerWords());
        words.addAll(RunScanner.triggerWords());
        return new Triggers(words.toArray(new String[0]));
    }

    private final List<CustomPattern> custom;

    private record CustomPattern(String name, Pattern pattern) {
    }

    private Redactor(Builder b) {
        this.custom = List.copyOf(b.custom);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The built-in detectors without custom patterns. */
    public static Redactor defaults() {
        return DEFAULT;
    }

    public RedactionResult redact(String text) {
        if (text == null || text.isEmpty()) {
            return new RedactionResult(text == null ? "" : text, RedactionReport.empty());
        }
        Spans spans = new Spans();
        // one char[] copy serves every pass: String.charAt on UTF-16 strings costs a bounds check each
        char[] cs = text.toCharArray();
        Triggers.Hits hits = TRIGGERS.scan(cs);
        RunScanner.scan(text, cs, hits, spans);
        if (!hits.isEmpty()) {
            KeywordDetector.scan(text, cs, hits, spans);
            StructuredDetectors.scan(text, cs, hits, spans);
            CredentialPairs.scan(text, cs, hits, spans);
            // certificates and public keys: no standalone guesses inside them (named values still count)
            spans.dropWithin(StructuredDetectors.publicBlocks(text, hits), 20);
        }
        for (CustomPattern cp : custom) {
            Matcher m = cp.pattern.matcher(text);
            while (m.find()) {
                int g = m.groupCount() >= 1 && m.start(1) >= 0 ? 1 : 0;
                spans.add(m.start(g), m.end(g), SecretKind.CUSTOM, 100);
            }
        }
        if (spans.isEmpty()) {
            return new RedactionResult(text, RedactionReport.empty());
        }
        return apply(text, spans.resolve());
    }

    private static RedactionResult apply(String text, List<Spans.Span> resolved) {
        StringBuilder out = new StringBuilder(text.length());
        Map<String, Integer> counts = new TreeMap<>();
        int pos = 0;
        for (Spans.Span s : resolved) {
            out.append(text, pos, s.start());
            out.append(SecretKind.marker(s.kind()));
            // Keep line structure: line N of output must stay line N of input.
            for (int i = s.start(); i < s.end(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    out.append(c);
                }
            }
            counts.merge(s.kind(), 1, Integer::sum);
            pos = s.end();
        }
        out.append(text, pos, text.length());
        return new RedactionResult(out.toString(), RedactionReport.of(counts));
    }

    public static final class Builder {
        private final List<CustomPattern> custom = new ArrayList<>();
        private final Map<String, String> names = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds an admin-defined pattern, reported as kind {@code custom}. If the regex has a capturing group 1, only
         * that group is redacted (so "EMP-ID: (\\d{6})" keeps its label). Admins own the performance of their regex.
         */
        public Builder addPattern(String name, String regex) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(regex, "regex");
            return addPattern(name, Pattern.compile(regex));
        }

        public Builder addPattern(String name, Pattern pattern) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(pattern, "pattern");
            if (names.putIfAbsent(name, pattern.pattern()) != null) {
                throw new IllegalArgumentException("duplicate custom pattern name: " + name);
            }
            custom.add(new CustomPattern(name, pattern));
            return this;
        }

        public Redactor build() {
            return new Redactor(this);
        }
    }
}
