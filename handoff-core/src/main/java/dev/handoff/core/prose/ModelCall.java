package dev.handoff.core.prose;

/** What one model call cost; token counts are null when the server did not report them. */
public record ModelCall(String model, long durationMs, Integer promptTokens, Integer outputTokens) {
}
