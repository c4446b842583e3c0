package dev.handoff.core.render;

import dev.handoff.core.prose.ProseSection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The words around model prose in a note, per language. The heading says plainly that a model wrote it. */
public record ProseStrings(String heading, String by, String category, String unavailable, Map<ProseSection, String> sections) {

    public ProseStrings {
        sections = Map.copyOf(sections);
        for (ProseSection s : ProseSection.values()) {
            Objects.requireNonNull(sections.get(s), "label for section " + s);
        }
    }

    public static final ProseStrings ENGLISH = new ProseStrings("Drafted by model, sourced",
            "Written by %s from the sources cited after each sentence; check them before approving.",
            "Suggested category", "Model prose unavailable: %s. The note below is the deterministic one.",
            sections("Summary", "Impact", "What tier 1 established", "Next steps", "Questions for the user"));

    public static final ProseStrings GERMAN = new ProseStrings("Vom Modell formuliert, mit Quellen",
            "Von %s aus den nach jedem Satz genannten Quellen geschrieben; vor der Freigabe prüfen.",
            "Vorgeschlagene Kategorie", "Modelltext nicht verfügbar: %s. Die folgende Notiz ist die regelbasierte.",
            sections("Zusammenfassung", "Auswirkung", "Was Level 1 festgestellt hat", "Nächste Schritte", "Fragen an den Benutzer"));

    public static ProseStrings forLocale(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) ? GERMAN : ENGLISH;
    }

    private static Map<ProseSection, String> sections(String summary, String impact, String established, String next, String questions) {
        Map<ProseSection, String> m = new EnumMap<>(ProseSection.class);
        m.put(ProseSection.SUMMARY, summary);
        m.put(ProseSection.IMPACT, impact);
        m.put(ProseSection.ESTABLISHED, established);
        m.put(ProseSection.NEXT_STEPS, next);
        m.put(ProseSection.QUESTIONS, questions);
        return m;
    }
}
