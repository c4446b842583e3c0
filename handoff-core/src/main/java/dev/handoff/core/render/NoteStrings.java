package dev.handoff.core.render;

import dev.handoff.core.ledger.Outcome;
import dev.handoff.core.model.Slot;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Every word the renderer adds around ticket text, in one place per language. Formats use
 * {@link String#format} placeholders; date patterns are {@link java.time.format.DateTimeFormatter} patterns.
 */
public record NoteStrings(
        String title, String preparedFor, String summary, String problem, String currentState, String impact, String noImpact,
        String environment, String slotColumn, String valueColumn, String sourceColumn, String notStated,
        String askedAndAnswered, String question, String answer, String askedAgain, String nothingAsked,
        String tried, String nothingTried, String outcomeLabel,
        String openQuestions, String noOpenQuestions, String askedOfRequester, String askedByRequester, String askedOfColleague,
        String redactions, String noRedactions,
        String commentSource, String descriptionSource, String summarySource, String environmentSource, String componentsSource,
        String attachmentSource, String historySource, String internalMark, String groupMark, String roleMark,
        String datePattern, String datePatternWithYear,
        Map<Slot, String> slotLabels, Map<Outcome, String> outcomeLabels) {

    public NoteStrings {
        slotLabels = Map.copyOf(slotLabels);
        outcomeLabels = Map.copyOf(outcomeLabels);
        for (Slot s : Slot.values()) {
            Objects.requireNonNull(slotLabels.get(s), "label for slot " + s);
        }
        for (Outcome o : Outcome.values()) {
            Objects.requireNonNull(outcomeLabels.get(o), "label for outcome " + o);
        }
    }

    public static final NoteStrings ENGLISH = new NoteStrings(
            "Escalation note for %s", "Prepared %s for tier %d.",
            "Summary", "Problem", "Current state", "Impact", "No impact stated in the ticket.",
            "Environment", "Slot", "Value", "Source", "not stated in the ticket",
            "Already asked and answered", "Q", "A", "asked again: %s", "Nothing asked and answered yet.",
            "Already tried", "Nothing tried stated in the ticket.", "outcome",
            "Open questions", "No open questions.", "asked of the requester, no answer yet",
            "asked by the requester, not answered", "asked of a colleague, not answered",
            "Redactions", "Nothing redacted.",
            "comment %d", "description", "summary", "environment field", "components field", "attachment", "history",
            "internal", "group %s", "role %s",
            "d MMM", "d MMM yyyy",
            slots("Device", "OS", "Application", "Last change", "Error"),
            outcomes("solved", "no change", "partial", "outcome unknown"));

    public static final NoteStrings GERMAN = new NoteStrings(
            "Eskalationsnotiz zu %s", "Erstellt am %s für Level %d.",
            "Zusammenfassung", "Problem", "Aktueller Stand", "Auswirkung", "Keine Auswirkung im Ticket genannt.",
            "Umgebung", "Feld", "Wert", "Quelle", "nicht im Ticket angegeben",
            "Bereits gefragt und beantwortet", "F", "A", "erneut gefragt: %s", "Noch nichts gefragt und beantwortet.",
            "Bereits versucht", "Im Ticket ist nichts Versuchtes genannt.", "Ergebnis",
            "Offene Fragen", "Keine offenen Fragen.", "an den Anfragenden gestellt, noch keine Antwort",
            "vom Anfragenden gestellt, nicht beantwortet", "an einen Kollegen gestellt, nicht beantwortet",
            "Schwärzungen", "Nichts geschwärzt.",
            "Kommentar %d", "Beschreibung", "Zusammenfassung", "Umgebungsfeld", "Komponentenfeld", "Anhang", "Verlauf",
            "intern", "Gruppe %s", "Rolle %s",
            "d. MMM", "d. MMM yyyy",
            slots("Gerät", "Betriebssystem", "Anwendung", "Letzte Änderung", "Fehler"),
            outcomes("gelöst", "keine Änderung", "teilweise", "Ergebnis unbekannt"));

    /** German for German locales, English otherwise. */
    public static NoteStrings forLocale(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) ? GERMAN : ENGLISH;
    }

    private static Map<Slot, String> slots(String device, String os, String app, String lastChange, String error) {
        Map<Slot, String> m = new EnumMap<>(Slot.class);
        m.put(Slot.DEVICE, device);
        m.put(Slot.OS, os);
        m.put(Slot.APPLICATION, app);
        m.put(Slot.LAST_CHANGE, lastChange);
        m.put(Slot.ERROR_STRING, error);
        return m;
    }

    private static Map<Outcome, String> outcomes(String solved, String noChange, String partial, String unknown) {
        Map<Outcome, String> m = new EnumMap<>(Outcome.class);
        m.put(Outcome.SOLVED, solved);
        m.put(Outcome.NO_CHANGE, noChange);
        m.put(Outcome.PARTIAL, partial);
        m.put(Outcome.UNKNOWN, unknown);
        return m;
    }
}
