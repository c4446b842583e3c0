package dev.handoff.core.prose;

import java.util.Objects;

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
}
