package dev.handoff.core.prose;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Validated model prose: sentences per section, each sourced, and a category from the allowed list (or null). */
public record Prose(Map<ProseSection, List<SourcedSentence>> sections, String category) {

    public Prose {
        EnumMap<ProseSection, List<SourcedSentence>> copy = new EnumMap<>(ProseSection.class);
        for (ProseSection s : ProseSection.values()) {
            copy.put(s, List.copyOf(sections == null ? List.of() : sections.getOrDefault(s, List.of())));
        }
        sections = java.util.Collections.unmodifiableMap(copy);
    }

    public static Prose empty() {
        return new Prose(Map.of(), null);
    }

    public List<SourcedSentence> get(ProseSection section) {
        return sections.get(section);
    }

    public int sentenceCount() {
        return sections.values().stream().mapToInt(List::size).sum();
    }

    public boolean isEmpty() {
        return sentenceCount() == 0 && category == null;
    }
}
