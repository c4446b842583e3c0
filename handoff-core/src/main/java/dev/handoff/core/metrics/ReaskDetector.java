package dev.handoff.core.metrics;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.ledger.AskedQuestion;
import dev.handoff.core.ledger.TextCues;
import dev.handoff.core.model.Slot;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a comment written after an escalation asks the user again for something the escalation note already held:
 * a question tier 1 asked and got answered (same content words), or an environment slot the note had filled. This is
 * the "how often tier 2 re-asks" measure; only the counts are kept, never the comment.
 */
public final class ReaskDetector {

    /** A question sentence: ends with a question mark, or opens with an interrogative or a polite request. */
    private static final Pattern QUESTION_START = Pattern.compile(
            "^(?:can|could|would|will|do|does|did|is|are|was|were|have|has|what|which|when|where|who|how|why|please (?:send|tell|confirm|provide|share|check))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+|\\n+");

    /** Words that name a slot in a question ("which OS version", "what is the hostname", "exact error message"). */
    private static final Map<Slot, Pattern> SLOT_WORDS = Map.of(
            Slot.DEVICE, Pattern.compile("\\b(?:device|hostname|host name|computer name|machine|laptop|asset(?: tag)?|model)\\b"),
            Slot.OS, Pattern.compile("\\b(?:os|operating system|windows version|macos version|os version|build number)\\b"),
            Slot.APPLICATION, Pattern.compile("\\b(?:application|app|software|program|client) version\\b|\\bwhich (?:application|app|version)\\b"),
            Slot.LAST_CHANGE, Pattern.compile("\\b(?:what changed|anything changed|any changes|recent (?:update|change)s?|last (?:update|change))\\b"),
            Slot.ERROR_STRING, Pattern.compile("\\b(?:error(?: message| code| text)?|exact message|screenshot of the error)\\b"));

    /** At least this share of a question's content words must recur in an earlier asked-and-answered question. */
    static final double REPEAT_OVERLAP = 0.6;

    public record Reask(int questions, int repeatedQuestions, Set<Slot> knownSlotsAskedAgain) {

        public boolean reasked() {
            return repeatedQuestions > 0 || !knownSlotsAskedAgain.isEmpty();
        }
    }

    private ReaskDetector() {
    }

    public static Reask check(String comment, Draft note) {
        List<String> questions = questions(comment == null ? "" : comment);
        List<Set<String>> answered = new ArrayList<>();
        for (AskedQuestion q : note.ledger().askedAndAnswered()) {
            if (q.answered()) {
                answered.add(TextCues.contentWords(q.question().text()));
            }
        }
        int repeated = 0;
        Set<Slot> slots = EnumSet.noneOf(Slot.class);
        for (String question : questions) {
            Set<String> words = TextCues.contentWords(question);
            if (!words.isEmpty() && answered.stream().anyMatch(a -> TextCues.overlap(words, a) >= Math.ceil(REPEAT_OVERLAP * words.size()))) {
                repeated++;
            }
            String lower = question.toLowerCase(Locale.ROOT);
            SLOT_WORDS.forEach((slot, pattern) -> {
                if (!note.environment().get(slot).isEmpty() && pattern.matcher(lower).find()) {
                    slots.add(slot);
                }
            });
        }
        return new Reask(questions.size(), repeated, slots);
    }

    static List<String> questions(String text) {
        List<String> found = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            String s = sentence.strip();
            if (!s.isEmpty() && !s.startsWith(">") && (s.endsWith("?") || QUESTION_START.matcher(s).find())) {
                found.add(s);
            }
        }
        return found;
    }
}
