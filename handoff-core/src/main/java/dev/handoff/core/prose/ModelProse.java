package dev.handoff.core.prose;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The model's reply as parsed, not yet checked: untrusted. Citations are the ids the prompt gave the
 * sources ({@code C4}, {@code D}, ...) or runbook ids. {@link ProseValidator} decides what of it survives.
 */
public record ModelProse(Map<ProseSection, List<Sentence>> sections, String suggestedCategory) {

    public record Sentence(String text, List<String> citations) {
        public Sentence {
            text = text == null ? "" : text;
            citations = List.copyOf(citations == null ? List.of() : citations);
        }
    }

    public ModelProse {
        EnumMap<ProseSection, List<Sentence>> copy = new EnumMap<>(ProseSection.class);
        for (ProseSection s : ProseSection.values()) {
            copy.put(s, List.copyOf(Objects.requireNonNullElse(sections, Map.<ProseSection, List<Sentence>>of()).getOrDefault(s, List.of())));
        }
        sections = Map.copyOf(copy);
    }
}
