package dev.handoff.core.prose;

import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.redact.Redactor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which of the model's sentences may reach a note. A sentence is dropped (and counted) when
 * <ul>
 *   <li>it cites nothing, or cites an id that is neither a source of the request's thread nor a
 *       retrieved runbook;</li>
 *   <li>a token with a digit in it (versions, builds, error codes, counts), a quoted string or a value of
 *       the draft's environment block does not occur in the cited text: invented environment values and
 *       error strings go, and so do real ones pinned on the wrong source;</li>
 *   <li>fewer than {@link #MIN_SUPPORT} of its content words occur in the cited text. Half is the
 *       line between a paraphrase, which keeps most of the source's nouns and verbs, and a sentence
 *       that merely cites something while saying something else; words that are about the note
 *       rather than the problem ("user", "reported", "ticket") do not count either way. This check is
 *       lexical, so it is weak when the team language differs from the ticket's;</li>
 *   <li>it is empty, longer than {@link #MAX_CHARS} characters, or beyond {@link #MAX_PER_SECTION} in
 *       its section.</li>
 * </ul>
 * A category outside the allowed list is dropped too. Kept text is redacted again: a model can
 * reassemble what redaction took apart. When nothing survives, or more was dropped than kept, the whole
 * reply is discarded: a model that mostly invents is not trusted for the rest.
 */
public final class ProseValidator {

    static final double MIN_SUPPORT = 0.5;
    static final int MAX_CHARS = 400;
    static final int MAX_PER_SECTION = 3;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{3,})\"|\u201c([^\u201d]{3,})\u201d|\u201e([^\u201c]{3,})\u201c|`([^`]{3,})`|(?<!\\w)'([^']{3,})'(?!\\w)");
    private static final Set<String> NOT_CONTENT = Set.of(
            // English and German function words
            "the", "and", "for", "with", "that", "this", "these", "those", "from", "into", "onto", "are", "was", "were",
            "has", "have", "had", "been", "being", "not", "but", "can", "could", "should", "would", "will", "may",
            "might", "must", "does", "did", "its", "their", "there", "they", "them", "then", "than", "when", "which",
            "who", "what", "where", "while", "also", "only", "any", "all", "some", "such", "other", "about", "after",
            "before", "again", "still", "yet", "both", "each", "more", "most", "very", "just", "out", "you", "your",
            "our", "his", "her", "she", "him", "how", "why", "whether", "none",
            "der", "die", "das", "und", "oder", "nicht", "ein", "eine", "einen", "einem", "einer", "ist", "sind", "war",
            "wurde", "wurden", "hat", "haben", "mit", "von", "für", "auf", "aus", "bei", "nach", "noch", "auch", "dass",
            "wie", "wenn", "den", "dem", "des", "sich", "zu", "im", "am", "es", "sie", "er", "wir", "ihr",
            // words about the note rather than the problem
            "user", "users", "requester", "customer", "agent", "agents", "tier", "ticket", "issue", "comment",
            "comments", "reported", "reports", "report", "reporter", "states", "stated", "says", "said", "mentioned",
            "confirmed", "confirms", "according", "please", "asked", "benutzer", "kunde", "meldet", "gemeldet");

    private final Redactor redactor;

    public ProseValidator(Redactor redactor) {
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    public ProseResult validate(ModelProse reply, ProseRequest request, ModelCall call) {
        Map<String, SourceText> thread = new HashMap<>();
        for (SourceText s : request.thread()) {
            thread.putIfAbsent(ProsePrompt.citationId(s.ref()), s);
        }
        Map<String, RunbookPassage> runbooks = new HashMap<>();
        request.runbooks().forEach(r -> runbooks.putIfAbsent(r.id(), r));

        Set<String> envValues = new HashSet<>();
        for (Slot slot : Slot.values()) {
            for (Evidence e : request.draft().environment().get(slot)) {
                // By word: "Cisco AnyConnect 4.10.07073" is pinned as much by "AnyConnect" as by the whole value.
                Matcher m = WORD.matcher(fold(e.value()));
                while (m.find()) {
                    if (m.group().length() >= 3 && !NOT_CONTENT.contains(m.group())) {
                        envValues.add(m.group());
                    }
                }
            }
        }
        int dropped = 0;
        int accepted = 0;
        Map<ProseSection, List<SourcedSentence>> kept = new EnumMap<>(ProseSection.class);
        for (ProseSection section : ProseSection.values()) {
            List<SourcedSentence> out = new ArrayList<>();
            for (ModelProse.Sentence s : reply.sections().get(section)) {
                SourcedSentence ok = out.size() < MAX_PER_SECTION ? check(s, thread, runbooks, envValues) : null;
                if (ok == null) {
                    dropped++;
                } else {
                    out.add(ok);
                    accepted++;
                }
            }
            kept.put(section, out);
        }
        String category = category(reply.suggestedCategory(), request.categories());
        boolean categoryDropped = category == null && reply.suggestedCategory() != null
                && !reply.suggestedCategory().isBlank() && !reply.suggestedCategory().equalsIgnoreCase("none");
        if (categoryDropped) {
            dropped++;
        }
        if (accepted == 0) {
            return ProseResult.fallback("no sentence of the model's reply was supported by the ticket (" + dropped + " dropped)", dropped, call);
        }
        if (dropped > accepted) {
            return ProseResult.fallback("the model's reply was mostly unsupported (" + dropped + " of " + (dropped + accepted)
                    + " items dropped)", dropped, call);
        }
        return new ProseResult(new Prose(kept, category), dropped, null, call);
    }

    private SourcedSentence check(ModelProse.Sentence s, Map<String, SourceText> thread, Map<String, RunbookPassage> runbooks,
                                  Set<String> envValues) {
        String text = s.text().strip();
        if (text.isEmpty() || text.length() > MAX_CHARS || s.citations().isEmpty()) {
            return null;
        }
        List<SourceRef> refs = new ArrayList<>();
        List<String> runbookIds = new ArrayList<>();
        StringBuilder cited = new StringBuilder();
        for (String raw : new LinkedHashSet<>(s.citations())) {
            String id = raw.strip();
            String bare = id.startsWith("[") && id.endsWith("]") ? id.substring(1, id.length() - 1).strip() : id;
            SourceText source = thread.get(bare.toUpperCase(Locale.ROOT));
            if (source != null) {
                refs.add(source.ref());
                cited.append(source.text()).append('\n');
            } else if (runbooks.containsKey(bare)) {
                RunbookPassage r = runbooks.get(bare);
                runbookIds.add(r.id());
                cited.append(r.title()).append('\n').append(r.text()).append('\n');
            } else {
                return null;
            }
        }
        String source = fold(cited.toString());
        Set<String> words = new HashSet<>();
        Matcher w = WORD.matcher(fold(text));
        while (w.find()) {
            words.add(w.group());
        }
        if (envValues.stream().anyMatch(v -> words.contains(v) && !source.contains(v))) {
            return null; // an extracted environment value pinned on a source that does not state it
        }
        if (!exactTokensOccur(text, source) || !quotesOccur(text, source) || support(text, source) < MIN_SUPPORT) {
            return null;
        }
        return new SourcedSentence(redactor.redact(text).text(), refs, runbookIds);
    }

    /** Every word with a digit in it (a version, build, code or count) occurs in the cited text. */
    private static boolean exactTokensOccur(String sentence, String source) {
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String w = m.group();
            if (w.chars().anyMatch(Character::isDigit) && !source.contains(fold(w))) {
                return false;
            }
        }
        return true;
    }

    private static boolean quotesOccur(String sentence, String source) {
        Matcher m = QUOTED.matcher(sentence);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && !source.contains(fold(m.group(g)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Share of the sentence's content words whose stem occurs in the cited text; 0 for a sentence without any (it says nothing). */
    static double support(String sentence, String foldedSource) {
        Set<String> sourceStems = new HashSet<>();
        Matcher sm = WORD.matcher(foldedSource);
        while (sm.find()) {
            sourceStems.add(stem(sm.group()));
        }
        int words = 0;
        int found = 0;
        Set<String> seen = new HashSet<>();
        Matcher m = WORD.matcher(fold(sentence));
        while (m.find()) {
            String w = m.group();
            if (w.length() < 3 || NOT_CONTENT.contains(w) || !seen.add(w)) {
                continue;
            }
            words++;
            found += sourceStems.contains(stem(w)) ? 1 : 0;
        }
        return words == 0 ? 0.0 : (double) found / words;
    }

    /** The first five characters: enough to equate "crashes", "crashed" and "crashing" without a stemmer per language. */
    private static String stem(String word) {
        return word.length() <= 5 ? word : word.substring(0, 5);
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String category(String suggested, List<String> allowed) {
        if (suggested == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(suggested.strip())) {
                return a;
            }
        }
        return null;
    }
}
