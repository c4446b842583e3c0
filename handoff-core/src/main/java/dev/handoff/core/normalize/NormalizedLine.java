package dev.handoff.core.normalize;

/**
 * One output line of {@link MarkupNormalizer} with the role it had in the source. The thread
 * normaliser needs the role: quotes are dropped when they repeat earlier thread text, and a
 * repeated code block is announced as a repeated log.
 */
record NormalizedLine(String text, Kind kind) {

    enum Kind {
        /** Ordinary prose, markup already removed. */
        TEXT,
        /** Content of a {code} or {noformat} block, verbatim. */
        CODE,
        /** Content of {quote}, a "bq." line or a "&gt;" quoted line; kept in single-text mode. */
        QUOTE
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
