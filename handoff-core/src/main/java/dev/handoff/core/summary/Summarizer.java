package dev.handoff.core.summary;

import dev.handoff.core.ledger.GatedPattern;
import dev.handoff.core.ledger.Quote;
import dev.handoff.core.ledger.SentenceSplits;
import dev.handoff.core.ledger.Sentences.Sentence;
import dev.handoff.core.ledger.TextCues;
import dev.handoff.core.ledger.ThreadLedger;
import dev.handoff.core.ledger.TriggerWords;
import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks sentences, never writes them: the same thread always gives the same summary, and each line
 * can be checked against its source. Linear in the thread's length.
 */
public final class Summarizer {

    private static final int PROBLEM_WINDOW = 6;
    private static final int MAX_SUMMARY_FIELD = 300;

    // Words that make a description sentence state the fault rather than the setting.
    private static final Pattern FAULT = Pattern.compile("(?iu)\\b(?:error|errors|crash\\w{0,3}|fail\\w{0,4}|not|n't|cannot|unable|issue|problem|wrong"
            + "|unexpected\\w{0,2}|instead|broken|freez\\w{0,3}|hang\\w{0,3}|stuck|missing|exception|blank|nothing|never|no longer|stopp?ed"
            + "|fehler|abst\u00fcrz\\w{0,3}|nicht|erreur|plante|ne pas|falla|no funciona)\\b");

    // Who and how many are affected, blocking work, deadlines. Strong cues count 2, weak ones 1.
    // One word boundary in front of the alternation: the engine tests it once per position instead of once per branch.
    static final GatedPattern IMPACT_STRONG = new GatedPattern("(?iu)\\b(?:all (?:of )?(?:our |the )?(?:users|customers|clients|employees|staff|devices|machines|apps|stores|sites)\\b"
            + "|every(?:one| user| customer)\\b|(?:whole|entire) (?:team|company|office|department|site|organi[sz]ation)\\b"
            + "|\\d{1,7}\\+? (?:users|people|customers|employees|devices|machines|clients|stores|sites|seats|agents)\\b"
            + "|production\\b|in prod\\b|outage\\b|(?:cannot|can't|can not|unable to) work\\b(?! around)|block(?:ing|er|s us|s our|s the|ed)\\b"
            + "|deadline\\b|go[- ]live\\b|revenue\\b|urgent\\w{0,2}\\b|asap\\b|critical\\b|show[- ]?stopper\\b"
            + "|(?:customers?|users?|clients?) (?:(?:are|is) (?:not|unable|affected|complaining|getting|seeing|having|experiencing"
            + "|reporting|stuck|blocked|locked out|losing)\\b|(?:can't|cannot|can not|could not|couldn't) \\w{1,20})"
            + "|alle (?:benutzer|mitarbeiter|nutzer|kunden)\\b|produktion\\w{0,2}\\b|dringend\\b|kann nicht arbeiten\\b|können nicht arbeiten\\b"
            + "|tous les utilisateurs\\b|bloquant\\w{0,1}\\b|todos los usuarios\\b|producci\u00f3n\\b|urgente\\b)",
            "all ,every,whole ,entire ,#,production,in prod,outage,cannot work,can't work,can not work,unable to work,block,deadline,"
            + "go-live,go live,revenue,urgent,asap,critical,showstopper,show-stopper,show stopper,customer,user,client,alle ,produktion,"
            + "dringend,kann nicht arbeiten,k\u00f6nnen nicht arbeiten,tous les utilisateurs,bloquant,todos los usuarios,producci\u00f3n",
            "", false);

    static final GatedPattern IMPACT_WEAK = new GatedPattern("(?iu)\\b(?:by (?:monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|end of (?:day|the day|week|the week)|eod|next week)\\b"
            + "|affect(?:s|ed|ing)?\\b|impact\\w{0,3}\\b|(?:many|several|some|multiple|most) (?:users|customers|clients|people|devices)\\b"
            + "|live app\\b|app store\\b|release\\b|our (?:users|customers|clients)\\b|business\\b)",
            "by ,affect,impact,many ,several ,some ,multiple ,most ,live app,app store,release,our ,business", "", false);

    // Support's voice in a comment by someone other than the reporter: it explains, promises or closes ("We will test it
    // ASAP and post an update for you", "fixed and deployed to production"), it does not say who the fault hurts.
    private static final Pattern SUPPORT_VOICE = Pattern.compile(
            "(?iu)\\b(?:you|your|you're|will|we'll|fix|fixed|deployed|clos(?:e|ed|ing)|duplicate|suggest)\\b");

    private static final Pattern THANKS = Pattern.compile("(?iu)(?:thanks|thank\\syou|thx|danke|merci|gracias)\\b");

    // Words that say how things stand: fixed, still fails, works now, cannot reproduce, not a bug, closing as duplicate.
    // "working on", "work around" and "a working solution" name no state.
    private static final Pattern STATE_CUE = Pattern.compile("(?iu)\\b(?:fixed|solved|resolv(?:ed|ing)|fails?|failing|still|crash\\w{0,3}"
            + "|(?<!to )works?\\b(?!\\s+around\\b)|working\\b(?!\\s+(?:on|around|solution|environment|copy|version|directory)\\b)"
            + "|(?:can(?:no|')t|could(?:n't| not)|not able to|unable to|able to|not|n't) (?:\\w+ )?(?:reproduc|replicat)\\w*"
            + "|(?:not|is|isn't|was|be) (?:\\w+ )?reproducible"
            + "|not (?:an? )?(?:valid |real |platform )?(?:issue|bug)|invalid|duplicate|closing|closed)\\b");

    // A condition or an instruction names no state even with a state word: "If the problem still persists then:",
    // "Please check this issue with the latest SDK".
    // A pasted stack line names a crash, it does not say how things stand: "7 CRASH java.lang.ClassCastException: ...".
    private static final Pattern QUALIFIED_EXCEPTION = Pattern.compile("\\b[a-z]\\w*\\.[a-z]\\w*\\.[\\w$.]*(?:Exception|Error)\\b");

    private static final Pattern NOT_A_STATE = Pattern.compile("(?iu)(?:if|when|once|unless|in case|otherwise|please)\\b");

    /** Every impact match contains one of these words (or a number); most sentences contain none. */
    private static final TriggerWords IMPACT_TRIGGERS = new TriggerWords(Set.copyOf(List.of((
            "all every everyone whole entire production prod outage cannot can't can unable blocking blocker blocks blocked "
            + "deadline go-live go live revenue urgent urgently asap critical showstopper show-stopper show customer customers user users "
            + "client clients alle produktion produktiven produktivsystem dringend kann können tous bloquant bloquante todos producción "
            + "urgente by affect affects affected affecting impact impacts impacted impacting many several some multiple most app "
            + "release our business").split(" "))));

    public Summary summarize(Ticket ticket, List<SourceText> sources, EnvironmentBlock environment, ThreadLedger ledger) {
        return summarize(ticket, sources, environment, ledger, new SentenceSplits());
    }

    /** As the four-argument form, reading sentences from splits the caller shares with the ledger. */
    public Summary summarize(Ticket ticket, List<SourceText> sources, EnvironmentBlock environment, ThreadLedger ledger,
                             SentenceSplits splits) {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(sources, "sources");
        EnvironmentBlock env = environment == null ? EnvironmentBlock.empty() : environment;
        List<SourceText> ordered = new ArrayList<>(sources);
        ordered.sort(Comparator.comparingLong(st -> order(st.ref())));
        return new Summary(problem(ordered, env, splits), impact(ordered, ticket, splits), currentState(ordered, splits));
    }

    private static long order(SourceRef ref) {
        return ref.kind() == SourceRef.Kind.COMMENT ? 1000L + ref.commentNumber() : ref.kind().ordinal();
    }

    // ---------------------------------------------------------------- problem

    private static List<Quote> problem(List<SourceText> sources, EnvironmentBlock env, SentenceSplits splits) {
        List<Quote> out = new ArrayList<>();
        Set<String> summaryWords = Set.of();
        for (SourceText st : sources) {
            if (st.ref().kind() == SourceRef.Kind.SUMMARY && out.isEmpty()) {
                String t = st.text();
                int s = skipSpace(t, 0);
                int e = t.length();
                while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
                    e--;
                }
                if (e > s && e - s <= MAX_SUMMARY_FIELD) {
                    Quote q = Quote.of(st, s, e);
                    out.add(q);
                    summaryWords = TextCues.contentWords(q.text());
                }
            }
        }
        int wanted = out.isEmpty() ? 2 : 1;
        for (SourceText st : sources) {
            if (st.ref().kind() != SourceRef.Kind.DESCRIPTION) {
                continue;
            }
            List<Sentence> informative = new ArrayList<>();
            for (Sentence s : splits.of(st.text())) {
                if (informative.size() == PROBLEM_WINDOW) {
                    break;
                }
                String text = s.in(st.text());
                if (isInformative(text) && !insideEvidence(st, s, env) && !repeats(text, summaryWords)) {
                    informative.add(s);
                }
            }
            // Prefer the sentences that state the fault; fall back to the first informative ones.
            List<Sentence> picked = new ArrayList<>();
            for (Sentence s : informative) {
                if (picked.size() < wanted && FAULT.matcher(s.in(st.text())).find()) {
                    picked.add(s);
                }
            }
            for (Sentence s : informative) {
                if (picked.size() < wanted && !picked.contains(s)) {
                    picked.add(s);
                }
            }
            picked.sort(Comparator.comparingInt(Sentence::start));
            for (Sentence s : picked) {
                out.add(stripped(st, s));
            }
            break;
        }
        return out;
    }

    private static boolean isInformative(String text) {
        if (text.length() > TextCues.MAX_SENTENCE || TextCues.looksLikeCode(text) || TextCues.isSignOff(text)) {
            return false;
        }
        String body = text.substring(TextCues.addressLength(text));
        if (TextCues.wordCount(body) < 4 || body.endsWith(":") || isKeyValue(body) || TextCues.isClosing(body)) {
            return false;
        }
        // Starts mid-sentence (a wrapped line): not quotable on its own.
        return !Character.isLowerCase(body.charAt(0));
    }

    // "SDK Version = 8.3.0.GA", "OS: Windows 11": environment, which has its own section.
    private static boolean isKeyValue(String s) {
        int eq = s.indexOf(" = ");
        int colon = s.indexOf(": ");
        int cut = eq >= 0 ? eq : colon;
        return cut > 0 && cut < 30 && TextCues.wordCount(s.substring(0, cut)) <= 3 && TextCues.wordCount(s) <= 8;
    }

    private static boolean insideEvidence(SourceText st, Sentence s, EnvironmentBlock env) {
        for (List<Evidence> list : env.slots().values()) {
            for (Evidence e : list) {
                SourceRef r = e.source();
                if (r.kind() == st.ref().kind() && r.start() <= s.start() && r.end() >= s.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean repeats(String text, Set<String> summaryWords) {
        if (summaryWords.isEmpty()) {
            return false;
        }
        Set<String> w = TextCues.contentWords(text);
        return !w.isEmpty() && TextCues.overlap(w, summaryWords) * 10 >= w.size() * 8;
    }

    // ---------------------------------------------------------------- impact

    private record Scored(Quote quote, int score, long order) {
    }

    private static List<Quote> impact(List<SourceText> sources, Ticket ticket, SentenceSplits splits) {
        List<Scored> scored = new ArrayList<>();
        for (SourceText st : sources) {
            SourceRef.Kind k = st.ref().kind();
            if (k != SourceRef.Kind.DESCRIPTION && k != SourceRef.Kind.COMMENT && k != SourceRef.Kind.SUMMARY) {
                continue;
            }
            boolean byOthers = k == SourceRef.Kind.COMMENT && !st.ref().author().sameAs(ticket.reporter());
            for (Sentence s : splits.of(st.text())) {
                String text = s.in(st.text());
                // The trigger words rule out most sentences, so they go before the code check.
                if (text.length() > TextCues.MAX_SENTENCE || text.endsWith("?") || !IMPACT_TRIGGERS.anyIn(text)
                        || TextCues.looksLikeCode(text)) {
                    continue;
                }
                if (byOthers && SUPPORT_VOICE.matcher(text).find()) {
                    continue;
                }
                int score = 2 * IMPACT_STRONG.count(text, 5) + IMPACT_WEAK.count(text, 5);
                if (score >= 2) {
                    scored.add(new Scored(stripped(st, s), score, order(st.ref()) * 1_000_000L + s.start()));
                }
            }
        }
        // Best two; ties go to the earlier sentence, then shown in thread order.
        scored.sort(Comparator.comparingInt((Scored x) -> -x.score()).thenComparingLong(Scored::order));
        List<Scored> top = new ArrayList<>(scored.subList(0, Math.min(2, scored.size())));
        top.sort(Comparator.comparingLong(Scored::order));
        return top.stream().map(Scored::quote).toList();
    }

    // ---------------------------------------------------------------- current state

    // Where things stand: the latest comment that says anything. Within it, a sentence that names the state ("still
    // fails", "works now", "cannot reproduce") comes before the others.
    private static Quote currentState(List<SourceText> sources, SentenceSplits splits) {
        for (int i = sources.size() - 1; i >= 0; i--) {
            SourceText st = sources.get(i);
            if (st.ref().kind() != SourceRef.Kind.COMMENT) {
                continue;
            }
            Sentence first = null;
            for (Sentence s : splits.of(st.text())) {
                String text = s.in(st.text());
                if (text.length() > TextCues.MAX_SENTENCE || TextCues.looksLikeCode(text) || TextCues.isSignOff(text)) {
                    continue;
                }
                String body = text.substring(TextCues.addressLength(text));
                // Reminders and closing phrases say nothing about the state of the problem.
                // "that's unlikely as:" only introduces what follows; "This issue is fixed:" still says something,
                // "working environment:" is a heading.
                boolean cue = namesState(body);
                int words = TextCues.wordCount(body);
                // "Verified fixed, using:" says it; "Crashed Thread:" is a heading of a crash report.
                boolean lead = body.endsWith(":") && (!cue || words < 3);
                // "Issue fixed." is short and says it all; other short lines are acknowledgements ("Ok, thanks!").
                // "Thanks Paul for referring this." thanks; "Thanks, it works now." says how things stand.
                boolean thanks = THANKS.matcher(body).lookingAt() && !cue;
                if (!(words >= 4 || words >= 2 && cue) || lead || thanks || isKeyValue(body) || TextCues.isPing(body)
                        || TextCues.isClosing(body)) {
                    continue;
                }
                if (cue && !body.endsWith("?") && !NOT_A_STATE.matcher(body).lookingAt() && !QUALIFIED_EXCEPTION.matcher(body).find()) {
                    return stripped(st, s);
                }
                first = first == null ? s : first;
            }
            if (first != null) {
                return stripped(st, first);
            }
        }
        return null;
    }

    // A state word in prose, not inside a link or file name (".../reset_password_token-is-invalid/3").
    private static boolean namesState(String body) {
        Matcher m = STATE_CUE.matcher(body);
        while (m.find()) {
            char before = m.start() == 0 ? ' ' : body.charAt(m.start() - 1);
            char after = m.end() == body.length() ? ' ' : body.charAt(m.end());
            if ("-/_.".indexOf(before) < 0 && "-/_".indexOf(after) < 0) {
                return true;
            }
        }
        return false;
    }

    private static Quote stripped(SourceText st, Sentence s) {
        String text = s.in(st.text());
        int skip = TextCues.addressLength(text);
        return Quote.of(st, s.start() + (skip >= text.length() ? 0 : skip), s.end());
    }

    private static int skipSpace(String t, int i) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }
}
