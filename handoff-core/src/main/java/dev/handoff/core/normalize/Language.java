package dev.handoff.core.normalize;

import java.util.Set;

/**
 * The language of a ticket text among those the phrase lists cover, told from stop-word counts.
 * Good enough for choosing phrase lists; not a general detector. Unknown when no language has
 * at least two stop words and a clear lead.
 */
public enum Language {
    EN, DE, FR, ES, UNKNOWN;

    // Words frequent in their language and rare in the other three (no "a", "de", "en", "la", "die"/"die" clashes).
    private static final Set<String> EN_WORDS = Set.of("the", "and", "is", "are", "was", "with", "this", "that",
            "have", "not", "it", "when", "we", "you", "i", "to", "of", "in", "on", "can", "please", "after", "does");
    private static final Set<String> DE_WORDS = Set.of("der", "die", "das", "und", "ist", "nicht", "ich", "wir",
            "mit", "auf", "bei", "wenn", "ein", "eine", "auch", "noch", "sie", "es", "zu", "von", "bitte", "nach",
            "werden", "wird", "haben", "kann", "dem", "den");
    private static final Set<String> FR_WORDS = Set.of("le", "les", "et", "est", "pas", "je", "nous", "vous",
            "une", "avec", "dans", "sur", "pour", "ne", "des", "du", "au", "il", "ce", "cette", "mais", "merci",
            "sont", "quand", "après");
    private static final Set<String> ES_WORDS = Set.of("el", "los", "las", "y", "es", "no", "que", "con", "por",
            "para", "una", "pero", "cuando", "está", "son", "del", "al", "lo", "se", "gracias", "después", "tenemos",
            "hemos");

    /** At most this many characters are read: the language shows in the first paragraphs. */
    private static final int MAX_CHARS = 4000;

    public static Language detect(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        int[] score = new int[4];
        int end = Math.min(text.length(), MAX_CHARS);
        int i = 0;
        while (i < end) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < end && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start && i - start <= 10) {
                String w = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                score[0] += EN_WORDS.contains(w) ? 1 : 0;
                score[1] += DE_WORDS.contains(w) ? 1 : 0;
                score[2] += FR_WORDS.contains(w) ? 1 : 0;
                score[3] += ES_WORDS.contains(w) ? 1 : 0;
            }
        }
        int best = 0;
        for (int k = 1; k < 4; k++) {
            if (score[k] > score[best]) {
                best = k;
            }
        }
        int second = 0;
        for (int k = 0; k < 4; k++) {
            if (k != best) {
                second = Math.max(second, score[k]);
            }
        }
        if (score[best] < 2 || score[best] < second * 1.5) {
            return UNKNOWN;
        }
        return values()[best];
    }
}
