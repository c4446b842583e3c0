package dev.handoff.core.prose;

/**
 * Writes sourced prose around a draft's facts. Implementations never throw for a failing model and
 * never post anything: every failure comes back as a {@link ProseResult#fallbackReason()}, and the
 * caller decides what to show.
 */
public interface NoteGenerator {

    ProseResult generate(ProseRequest request);
}
