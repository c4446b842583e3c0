package dev.handoff.core.prose;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.ledger.AskedQuestion;
import dev.handoff.core.ledger.OpenQuestion;
import dev.handoff.core.ledger.Quote;
import dev.handoff.core.ledger.Sentences;
import dev.handoff.core.ledger.TriedStep;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the thread down to what the model needs before it is sent. The thread is already normalised
 * (quoted replies and re-pasted logs are gone); this keeps, per source, only the sentences and lines
 * that carry something:
 * <ul>
 *   <li>the sentence where each extracted fact, summary line or ledger entry starts, so every source the
 *       draft cites stays and the model can cite it;</li>
 *   <li>the ticket summary, and the opening sentences of the description (the problem as reported);</li>
 *   <li>a line or sentence that names a version or build number not kept yet (environment facts);</li>
 *   <li>the first error line of each source not seen before ({@code TypeError}, "[ERROR]", "failed:",
 *       "not found"): a log paste collapses to the line that says what failed.</li>
 * </ul>
 * Everything else (greetings, thanks, "any news?", the bulk of logs and code) goes; a gap shows as
 * "…". Links without a version number become "[link]". A source with nothing left is left out.
 * {@code ./handoff eval prompt} measures the cost and what survives. Stateless and thread-safe.
 */
public final class PromptBudget {

    static final int DESCRIPTION_OPENING = 2;
    static final int ERROR_LINES_PER_SOURCE = 1;
    /** Longer lines are cut into sentences so one fact does not carry a whole paragraph in. */
    static final int LONG_LINE = 160;
    /** A kept unit keeps this many leading characters (plus any new version further on); pasted minified code can be one huge line. */
    static final int MAX_UNIT = 200;
    static final int UNITS_PER_FACT = 1;
    static final int CONTEXT_BEFORE = 32;
    static final int CONTEXT_AFTER = 12;

    /** Seconds and fractions of a log timestamp ("12:34:56.789") are no version. */
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}\\.\\d+$");
    private static final Pattern VERSION = Pattern.compile("(?<![\\d.])v?\\d+(?:\\.\\d+)+[\\w.-]*|\\bbuild\\s*(?:#|no\\.?|number)?\\s*:?\\s*\\d\\w{2,}",
            Pattern.CASE_INSENSITIVE);
    /** What a failing program prints, as opposed to prose that mentions an error ("spot an error in your code"). */
    private static final Pattern ERROR = Pattern.compile(
            "\\b(?i:error|exception|fatal|failure|failed)\\b\\s*[:!=\\]]|\\b\\w+(?:Error|Exception)\\b|\\[(?i:error|fatal)\\]"
            + "|(?i:permission denied|not found|not recognized|cannot find|unable to|timed out)");
    private static final String GAP = "\u2026";
    /** The model gets no links (notes never link model text, and links are long) unless one names a version ("/titanium/2.1/"). */
    private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp)://\\S+|\\bwww\\.\\S+", Pattern.CASE_INSENSITIVE);

    public List<SourceText> compress(List<SourceText> thread, Draft draft) {
        Map<String, List<int[]>> facts = factSpans(draft);
        Set<String> versionsKept = new HashSet<>();
        Set<String> errorsKept = new HashSet<>();
        List<SourceText> out = new ArrayList<>();
        for (SourceText source : thread) {
            String text = source.text();
            if (source.ref().kind() == SourceRef.Kind.SUMMARY) {
                out.add(source);
                versionsKept.addAll(versions(text));
                continue;
            }
            List<int[]> units = units(text);
            boolean[] fact = factUnits(units, facts.getOrDefault(key(source.ref()), List.of()));
            List<String> kept = new ArrayList<>();
            int errorLines = 0;
            int opening = 0;
            boolean gap = false;
            for (int i = 0; i < units.size(); i++) {
                String u = URL.matcher(text.substring(units.get(i)[0], units.get(i)[1]))
                        .replaceAll(link -> versions(link.group()).isEmpty() ? "[link]" : Matcher.quoteReplacement(link.group())).strip();
                if (u.isEmpty()) {
                    continue;
                }
                Set<String> fresh = versions(u);
                fresh.removeAll(versionsKept);
                String shown = null;
                if (fact[i] || source.ref().kind() == SourceRef.Kind.DESCRIPTION && opening < DESCRIPTION_OPENING) {
                    shown = cut(u);
                    Set<String> lost = new HashSet<>(fresh);
                    lost.removeAll(versions(shown));
                    shown += lost.isEmpty() ? "" : " " + around(u, lost);
                } else if (!fresh.isEmpty()) {
                    shown = around(u, fresh);
                } else if (errorLines < ERROR_LINES_PER_SOURCE && ERROR.matcher(u).find()
                        && errorsKept.add(u.toLowerCase(Locale.ROOT).replaceAll("[\\d\\s]+", " "))) {
                    shown = cut(u);
                    fresh.retainAll(versions(shown));
                    errorLines++;
                }
                if (source.ref().kind() == SourceRef.Kind.DESCRIPTION && u.split("\\s+").length > 3) {
                    opening++; // a heading ("Steps to Reproduce") is not the problem statement
                }
                if (shown == null) {
                    gap = true;
                    continue;
                }
                versionsKept.addAll(fresh);
                kept.add((gap && !kept.isEmpty() && !shown.startsWith(GAP) ? GAP + " " : "") + shown);
                gap = false;
            }
            if (!kept.isEmpty()) {
                out.add(new SourceText(source.ref(), String.join("\n", kept) + (gap ? " " + GAP : "")));
            }
        }
        return out;
    }

    /**
     * The units each fact rests on: the first {@link #UNITS_PER_FACT} units its span touches. A ledger
     * answer can span a whole comment; its opening says what was answered.
     */
    private static boolean[] factUnits(List<int[]> units, List<int[]> spans) {
        boolean[] out = new boolean[units.size()];
        for (int[] s : spans) {
            int taken = 0;
            for (int i = 0; i < units.size() && taken < UNITS_PER_FACT; i++) {
                int[] u = units.get(i);
                if (s[0] < u[1] && u[0] < s[1]) {
                    out[i] = true;
                    taken++;
                }
            }
        }
        return out;
    }

    /** Lines, and sentences of long lines, as [start, end) offsets. */
    static List<int[]> units(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end - start > LONG_LINE) {
                String line = text.substring(start, end);
                int covered = 0;
                for (Sentences.Sentence s : Sentences.split(line)) {
                    out.add(new int[] {start + s.start(), start + s.end()});
                    covered = s.end();
                }
                if (covered < line.length()) {
                    out.add(new int[] {start + covered, end}); // past the splitter's scan limit
                }
            } else {
                out.add(new int[] {start, end});
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    /** A unit longer than {@link #MAX_UNIT} keeps its opening: pasted minified code can be one huge line. */
    private static String cut(String unit) {
        return unit.length() <= MAX_UNIT ? unit : unit.substring(0, MAX_UNIT) + GAP;
    }

    /** Only the stretches around new version numbers of a unit kept for them: "npm Version = 2.11.3". */
    private static String around(String unit, Set<String> fresh) {
        List<int[]> windows = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Matcher m = VERSION.matcher(unit);
        while (m.find()) {
            if (fresh.contains(m.group().toLowerCase(Locale.ROOT)) && placed.add(m.group().toLowerCase(Locale.ROOT))) {
                windows.add(new int[] {Math.max(0, m.start() - CONTEXT_BEFORE), Math.min(unit.length(), m.end() + CONTEXT_AFTER)});
            }
        }
        StringBuilder sb = new StringBuilder();
        int end = -1;
        for (int[] w : windows) {
            if (w[0] <= end) {
                sb.append(unit, end, Math.max(end, w[1]));
            } else {
                sb.append(sb.length() > 0 || w[0] > 0 ? " " + GAP + " " : "").append(unit, w[0], w[1]);
            }
            end = Math.max(end, w[1]);
        }
        return sb.append(end < unit.length() ? " " + GAP : "").toString().strip();
    }

    static Set<String> versions(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = VERSION.matcher(s);
        while (m.find()) {
            if (!TIME.matcher(s).region(Math.max(0, m.start() - 3), m.end()).lookingAt()) {
                out.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static Map<String, List<int[]>> factSpans(Draft draft) {
        List<SourceRef> refs = new ArrayList<>();
        for (Slot slot : Slot.values()) {
            for (Evidence e : draft.environment().get(slot)) {
                refs.add(e.source());
            }
        }
        draft.summary().problem().forEach(q -> refs.add(q.source()));
        draft.summary().impact().forEach(q -> refs.add(q.source()));
        if (draft.summary().currentState() != null) {
            refs.add(draft.summary().currentState().source());
        }
        for (AskedQuestion q : draft.ledger().askedAndAnswered()) {
            refs.add(q.question().source());
            q.answerQuote().map(Quote::source).ifPresent(refs::add);
        }
        for (TriedStep t : draft.ledger().tried()) {
            refs.addAll(t.sources());
        }
        for (OpenQuestion q : draft.ledger().openQuestions()) {
            refs.add(q.question().source());
        }
        Map<String, List<int[]>> out = new HashMap<>();
        for (SourceRef r : refs) {
            // A zero-width span still marks the sentence it sits in.
            out.computeIfAbsent(key(r), k -> new ArrayList<>()).add(new int[] {r.start(), Math.max(r.end(), r.start() + 1)});
        }
        return out;
    }

    private static String key(SourceRef ref) {
        return ref.kind() + ":" + ref.commentNumber();
    }
}
