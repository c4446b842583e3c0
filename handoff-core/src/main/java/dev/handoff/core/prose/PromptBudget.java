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
 *   <li>every stretch an extracted fact, summary line or ledger entry rests on, so each source the
 *       draft cites stays and the model can cite it;</li>
 *   <li>the ticket summary, and the opening sentences of the description (the problem as reported);</li>
 *   <li>a line or sentence that names a version or build number not kept yet (environment facts);</li>
 *   <li>up to {@link #ERROR_LINES_PER_SOURCE} distinct error lines per source (a log paste collapses to
 *       the lines that say what failed).</li>
 * </ul>
 * Everything else (greetings, thanks, "any news?", the bulk of logs and code) goes; a gap shows as
 * "…". A source with nothing left is left out. Stateless and thread-safe.
 */
public final class PromptBudget {

    static final int DESCRIPTION_OPENING = 2;
    static final int ERROR_LINES_PER_SOURCE = 2;
    /** Longer lines are cut into sentences so one fact does not carry a whole paragraph in. */
    static final int LONG_LINE = 160;
    /** A kept unit is cut to this many characters around its reason; pasted minified code can be one huge line. */
    static final int MAX_UNIT = 300;

    private static final Pattern VERSION = Pattern.compile("(?<![\\w.:])v?\\d+(?:\\.\\d+)+[\\w.-]*|\\bbuild\\s*(?:#|no\\.?|number)?\\s*:?\\s*\\d\\w{2,}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ERROR = Pattern.compile(
            "\\b(error|exception|fail(?:ed|s|ure)?|fatal|crash(?:ed|es)?|denied|cannot|can't|unable|not found|timed? ?out|invalid|refused)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String GAP = "\u2026";

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
            List<int[]> spans = facts.getOrDefault(key(source.ref()), List.of());
            StringBuilder kept = new StringBuilder();
            int errorLines = 0;
            int index = 0;
            boolean gap = false;
            for (int[] unit : units(text)) {
                String u = text.substring(unit[0], unit[1]).strip();
                boolean keep = overlaps(spans, unit)
                        || source.ref().kind() == SourceRef.Kind.DESCRIPTION && index < DESCRIPTION_OPENING;
                Set<String> v = versions(u);
                if (!keep && !versionsKept.containsAll(v)) {
                    keep = true;
                }
                if (!keep && errorLines < ERROR_LINES_PER_SOURCE && ERROR.matcher(u).find()
                        && errorsKept.add(u.toLowerCase(Locale.ROOT).replaceAll("[\\d\\s]+", " "))) {
                    keep = true;
                    errorLines++;
                }
                index++;
                if (!keep || u.isEmpty()) {
                    gap = gap || !u.isEmpty();
                    continue;
                }
                versionsKept.addAll(v);
                if (kept.length() > 0) {
                    kept.append(gap ? " " + GAP + "\n" : "\n");
                } else if (gap) {
                    kept.append(GAP).append(' ');
                }
                kept.append(cut(u, v));
                gap = false;
            }
            if (kept.length() > 0) {
                if (gap) {
                    kept.append(' ').append(GAP);
                }
                out.add(new SourceText(source.ref(), kept.toString()));
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

    /** A unit longer than {@link #MAX_UNIT} keeps its opening, or the stretch around its first version number. */
    private static String cut(String unit, Set<String> versions) {
        if (unit.length() <= MAX_UNIT) {
            return unit;
        }
        int at = 0;
        for (String v : versions) {
            int i = unit.toLowerCase(Locale.ROOT).indexOf(v);
            at = i >= 0 ? Math.max(at, i) : at;
        }
        int from = Math.max(0, Math.min(at - MAX_UNIT / 3, unit.length() - MAX_UNIT));
        return (from > 0 ? GAP : "") + unit.substring(from, from + MAX_UNIT) + GAP;
    }

    static Set<String> versions(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = VERSION.matcher(s);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean overlaps(List<int[]> spans, int[] unit) {
        for (int[] s : spans) {
            if (s[0] < unit[1] && unit[0] < s[1]) {
                return true;
            }
        }
        return false;
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
