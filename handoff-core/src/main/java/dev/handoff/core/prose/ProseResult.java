package dev.handoff.core.prose;

import dev.handoff.core.model.Visibility;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The outcome of asking a model for prose. With a {@code fallbackReason} the prose is empty and the
 * note is the deterministic one plus that reason; {@code dropped} counts sentences (and a category)
 * that failed validation either way.
 */
public record ProseResult(Prose prose, int dropped, String fallbackReason, ModelCall call) {

    public ProseResult {
        Objects.requireNonNull(prose, "prose");
        Objects.requireNonNull(call, "call");
        if (dropped < 0) {
            throw new IllegalArgumentException("dropped must be >= 0, got " + dropped);
        }
        if (fallbackReason != null && !prose.isEmpty()) {
            throw new IllegalArgumentException("a fallback carries no prose");
        }
    }

    public static ProseResult fallback(String reason, int dropped, ModelCall call) {
        return new ProseResult(Prose.empty(), dropped, Objects.requireNonNull(reason, "reason"), call);
    }

    public boolean fellBack() {
        return fallbackReason != null;
    }

    public int accepted() {
        return prose.sentenceCount();
    }

    /**
     * This result as one viewer may see it: a sentence resting on any source the viewer may not see is
     * removed whole (a paraphrase cannot be split by source). Counts and the fallback reason stay: they
     * carry no ticket text.
     */
    public ProseResult visibleTo(Predicate<Visibility> viewerCanSee) {
        Objects.requireNonNull(viewerCanSee, "viewerCanSee");
        Map<ProseSection, List<SourcedSentence>> kept = new EnumMap<>(ProseSection.class);
        prose.sections().forEach((section, sentences) -> kept.put(section, sentences.stream()
                .filter(s -> s.sources().stream().allMatch(ref -> viewerCanSee.test(ref.visibility()))).toList()));
        return new ProseResult(new Prose(kept, prose.category()), dropped, fallbackReason, call);
    }
}
