package dev.handoff.core.render;

import java.util.Locale;

/** The words around runbooks, similar tickets and the team suggestion in a note, per language. */
public record KnowledgeStrings(String runbooks, String noRunbooks, String tier, String passage, String similar,
                               String noSimilar, String resolvedBy, String team, String suggested, String unavailable) {

    public static final KnowledgeStrings ENGLISH = new KnowledgeStrings("Matching runbooks (approved sources)",
            "No approved runbook matches.", "Tier %d", "Passage", "Similar resolved tickets", "None found.",
            "%s, by %s", "Suggested team", "Suggested, not applied", "Not looked up: %s");

    public static final KnowledgeStrings GERMAN = new KnowledgeStrings("Passende Runbooks (freigegebene Quellen)",
            "Kein freigegebenes Runbook passt.", "Stufe %d", "Abschnitt", "Ähnliche gelöste Tickets", "Keine gefunden.",
            "%s, von %s", "Vorgeschlagenes Team", "Vorschlag, nicht angewendet", "Nicht abgefragt: %s");

    public static KnowledgeStrings forLocale(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) ? GERMAN : ENGLISH;
    }
}
