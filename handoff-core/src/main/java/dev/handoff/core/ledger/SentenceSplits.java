package dev.handoff.core.ledger;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each source text of one draft split into sentences once: the ledger and the summary read the same
 * sentences of the same texts, and splitting is a scan of every character. Keyed by the text object
 * itself, since a draft's stages share its source texts. One per draft, on one thread.
 */
public final class SentenceSplits {

    private final Map<String, List<Sentences.Sentence>> byText = new IdentityHashMap<>();

    public List<Sentences.Sentence> of(String text) {
        // read-only: two stages read the same list
        return byText.computeIfAbsent(text, t -> Collections.unmodifiableList(Sentences.split(t)));
    }
}
