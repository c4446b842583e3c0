package dev.handoff.core.prose;

import dev.handoff.core.model.SourceText;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds ticket text addressed to a language model rather than to the desk ("ignore previous
 * instructions", "you are now ...", "system prompt"). A thread with such text gets the deterministic
 * note and a visible reason instead of model prose: the model would read the instruction, and a
 * false alarm costs only the prose. Patterns are easy to evade (llm.md §5.1), so this is a first
 * filter; {@link ProseValidator} is what bounds a model that did follow an instruction.
 */
public final class InjectionCues {

    private static final Pattern CUES = Pattern.compile(
            "\\b(?:ignore|disregard|forget|override)\\s+(?:all\\s+|any\\s+)?(?:the\\s+|your\\s+)?(?:previous|prior|above|earlier|preceding|system)\\s+"
                    + "(?:instructions?|rules|prompts?|directions)"
                    + "|\\b(?:system|developer)\\s+prompt\\b"
                    + "|\\byou\\s+are\\s+now\\s+(?:a|an|the|in)\\b"
                    + "|\\bnew\\s+instructions?\\s*:"
                    + "|\\b(?:ignoriere|vergiss)\\s+(?:alle\\s+)?(?:vorherigen|bisherigen)\\s+(?:anweisungen|regeln)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private InjectionCues() {
    }

    /** The citation id of the first source that speaks to a model, if any. */
    public static Optional<String> find(Iterable<SourceText> thread) {
        for (SourceText s : thread) {
            if (CUES.matcher(s.text()).find()) {
                return Optional.of(ProsePrompt.citationId(s.ref()));
            }
        }
        return Optional.empty();
    }
}
