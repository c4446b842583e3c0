package dev.handoff.core.ledger;

import dev.handoff.core.ledger.Sentences.Sentence;
import dev.handoff.core.model.Comment;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;
import dev.handoff.core.model.Ticket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Builds a {@link ThreadLedger} in one pass over the thread in time order. Work per source is linear
 * in its length; pairing compares a reply only with the questions still pending (capped), so a
 * 200-comment thread takes milliseconds.
 */
public final class LedgerBuilder {

    // Beyond this many unanswered questions the oldest stop being candidates for an answer.
    private static final int MAX_PENDING = 64;
    // A reply's sentences considered as answers: nobody answers in sentence 200.
    private static final int MAX_REPLY_SENTENCES = 60;

    private final LedgerConfig config;

    public LedgerBuilder(LedgerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** One source with its sentences, in thread order. */
    private record Src(int index, SourceText st, Party party, List<Sentence> sentences, Set<String> mentions) {
        String text(Sentence s) {
            return s.in(st.text());
        }
    }

    private static final class Pending {
        final Quote question;
        final Set<String> words;
        final int batch;
        final int listNumber;
        final List<SourceRef> followUps = new ArrayList<>();
        Quote answer;

        Pending(Quote question, Set<String> words, int batch, int listNumber) {
            this.question = question;
            this.words = words;
            this.batch = batch;
            this.listNumber = listNumber;
        }
    }

    private static final class OpenAsk {
        final Quote question;
        final Set<String> words;
        final int sourceIndex;
        final Party by;
        final Party of;
        final Set<String> addressees;
        boolean answered;

        OpenAsk(Quote question, Set<String> words, int sourceIndex, Party by, Party of, Set<String> addressees) {
            this.question = question;
            this.words = words;
            this.sourceIndex = sourceIndex;
            this.by = by;
            this.of = of;
            this.addressees = addressees;
        }
    }

    public ThreadLedger build(Ticket ticket, List<SourceText> sources) {
        return build(ticket, sources, new SentenceSplits());
    }

    /** As {@link #build(Ticket, List)}, reading sentences from splits the caller shares with other stages. */
    public ThreadLedger build(Ticket ticket, List<SourceText> sources, SentenceSplits splits) {
        Objects.requireNonNull(ticket, "ticket");
        List<Src> thread = order(ticket, sources, splits);
        List<Pending> asked = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        List<OpenAsk> otherAsks = new ArrayList<>();
        List<TriedStep> tried = new ArrayList<>();
        int lastRequesterIndex = -1;

        for (Src src : thread) {
            if (src.party() == Party.AGENT) {
                settleOtherAsks(src, otherAsks, lastRequesterIndex);
                collectAgentQuestions(src, ticket.reporter().key(), asked, pending, otherAsks);
            } else {
                answerPending(src, pending, lastRequesterIndex);
                collectRequesterQuestions(src, otherAsks);
                lastRequesterIndex = src.index();
            }
            collectTried(src, tried);
        }

        List<AskedQuestion> askedOut = new ArrayList<>();
        List<OpenQuestion> open = new ArrayList<>();
        for (Pending p : asked) {
            askedOut.add(new AskedQuestion(p.question, p.answer, p.followUps));
            if (p.answer == null) {
                open.add(new OpenQuestion(p.question, Party.AGENT, Party.REQUESTER, p.followUps));
            }
        }
        for (OpenAsk o : otherAsks) {
            if (!o.answered) {
                open.add(new OpenQuestion(o.question, o.by, o.of, List.of()));
            }
        }
        open.sort(Comparator.comparing((OpenQuestion q) -> order(q.question().source())));
        return new ThreadLedger(askedOut, tried, open);
    }

    // ---------------------------------------------------------------- thread order and parties

    private List<Src> order(Ticket ticket, List<SourceText> sources, SentenceSplits splits) {
        Map<String, Comment> comments = new HashMap<>();
        for (Comment c : ticket.comments()) {
            comments.put(c.id(), c);
        }
        List<SourceText> sorted = new ArrayList<>(sources);
        sorted.removeIf(st -> st.ref().kind() != SourceRef.Kind.DESCRIPTION && st.ref().kind() != SourceRef.Kind.COMMENT);
        sorted.sort(Comparator.comparing((SourceText st) -> order(st.ref())));
        List<Src> out = new ArrayList<>(sorted.size());
        for (SourceText st : sorted) {
            Comment raw = st.ref().commentId() == null ? null : comments.get(st.ref().commentId());
            out.add(new Src(out.size(), st, partyOf(ticket, st.ref()), splits.of(st.text()), mentions(raw)));
        }
        return out;
    }

    private static long order(SourceRef ref) {
        return ref.kind() == SourceRef.Kind.COMMENT ? 1000L + ref.commentNumber() : ref.kind().ordinal();
    }

    private Party partyOf(Ticket ticket, SourceRef ref) {
        if (ref.kind() != SourceRef.Kind.COMMENT) {
            return Party.REQUESTER; // the description is the reporter's
        }
        if (!ref.visibility().isPublic()) {
            return Party.AGENT; // requesters cannot write restricted comments
        }
        Person author = ref.author();
        if (!config.agentKeys().isEmpty()) {
            return config.agentKeys().contains(author.key()) ? Party.AGENT : Party.REQUESTER;
        }
        return samePerson(author, ticket.reporter()) ? Party.REQUESTER : Party.AGENT;
    }

    private static boolean samePerson(Person a, Person b) {
        if (!a.key().isEmpty() || !b.key().isEmpty()) {
            return a.key().equals(b.key());
        }
        return a.displayName().equals(b.displayName());
    }

    private static Set<String> mentions(Comment raw) {
        if (raw == null) {
            return Set.of();
        }
        if (!raw.body().contains("[~")) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        Matcher m = LedgerPatterns.MENTION.matcher(raw.body());
        while (m.find() && out.size() < 20) {
            out.add(m.group(1));
        }
        return out;
    }

    // ---------------------------------------------------------------- questions

    /** The quote of a sentence without its leading greeting or mention. */
    private static Quote quote(Src src, Sentence s) {
        String text = src.text(s);
        int skip = TextCues.addressLength(text);
        if (skip >= text.length()) {
            skip = 0;
        }
        return Quote.of(src.st(), s.start() + skip, s.end());
    }

    static boolean isQuestion(String sentence) {
        if (sentence.length() > TextCues.MAX_SENTENCE) {
            return false;
        }
        String s = sentence.substring(TextCues.addressLength(sentence)).strip();
        if (s.isEmpty()) {
            return false;
        }
        // Few sentences start like a request, so the request checks go before the code check.
        boolean asks = endsWithQuestionMark(s)
                ? TextCues.wordCount(s) >= 2
                : (LedgerPatterns.mayRequest(s) && LedgerPatterns.REQUEST.matcher(s).lookingAt()
                        || (s.contains(" you ") && LedgerPatterns.EMBEDDED_REQUEST.find(s))) && !TextCues.looksLikeCode(s);
        // The closing check is the costly one, so it runs on candidates only.
        return asks && !TextCues.isTemplateText(s) && !TextCues.isClosing(s);
    }

    private static boolean endsWithQuestionMark(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"')\u201D\u00BB ".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && (s.charAt(i) == '?' || s.charAt(i) == '\uFF1F');
    }

    private static void collectAgentQuestions(Src src, String reporterKey, List<Pending> asked, List<Pending> pending,
                                              List<OpenAsk> otherAsks) {
        // A public comment that mentions only colleagues asks them, not the requester.
        boolean toRequester = src.st().ref().visibility().isPublic()
                && (src.mentions().isEmpty() || mentionsReporter(src, reporterKey));
        // "2. If you open the terminal and run: adb devices ... are adb able to see them?": a question further down a
        // numbered item belongs to that item, and the reply's item 2 answers it
        int item = 0;
        for (Sentence s : src.sentences()) {
            item = s.listNumber() > 0 ? s.listNumber() : item;
            String text = src.text(s);
            if (!isQuestion(text)) {
                continue;
            }
            Quote q = quote(src, s);
            Set<String> words = TextCues.contentWords(q.text());
            if (!toRequester) {
                otherAsks.add(new OpenAsk(q, words, src.index(), Party.AGENT, Party.AGENT, src.mentions()));
                continue;
            }
            if (TextCues.isPing(text)) {
                if (!pending.isEmpty()) {
                    addFollowUp(pending.get(pending.size() - 1), q.source());
                }
                continue;
            }
            Pending again = reask(pending, words, src.index());
            if (again != null) {
                addFollowUp(again, q.source());
                continue;
            }
            Pending p = new Pending(q, words, src.index(), item);
            asked.add(p);
            pending.add(p);
            if (pending.size() > MAX_PENDING) {
                pending.remove(0);
            }
        }
    }

    private static boolean mentionsReporter(Src src, String reporterKey) {
        // Without a reporter key a mention cannot be told apart; assume it addresses the requester.
        return reporterKey.isEmpty() || src.mentions().contains(reporterKey);
    }

    private static void addFollowUp(Pending p, SourceRef ref) {
        // One reminder per comment is enough to show the question was chased.
        if (p.followUps.stream().noneMatch(r -> Objects.equals(r.commentId(), ref.commentId()) && r.kind() == ref.kind())
                && !(Objects.equals(p.question.source().commentId(), ref.commentId()) && p.question.source().kind() == ref.kind())) {
            p.followUps.add(ref);
        }
    }

    /** An earlier pending question this one repeats: most of its content words were asked before. */
    private static Pending reask(List<Pending> pending, Set<String> words, int sourceIndex) {
        if (words.size() < 2) {
            return null;
        }
        for (int i = pending.size() - 1; i >= 0; i--) {
            Pending p = pending.get(i);
            if (p.batch == sourceIndex) {
                continue; // two questions of one comment are two questions
            }
            int common = TextCues.overlap(words, p.words);
            if (common >= 2 && common * 2 >= words.size()) {
                return p;
            }
        }
        return null;
    }

    private void collectRequesterQuestions(Src src, List<OpenAsk> otherAsks) {
        for (Sentence s : src.sentences()) {
            String text = src.text(s);
            if (text.length() > TextCues.MAX_SENTENCE || !endsWithQuestionMark(text) || TextCues.looksLikeCode(text)
                    || TextCues.isPing(text) || TextCues.wordCount(text) < 3 || TextCues.isTemplateText(text)) {
                continue;
            }
            Quote q = quote(src, s);
            otherAsks.add(new OpenAsk(q, TextCues.contentWords(q.text()), src.index(), Party.REQUESTER, Party.AGENT, Set.of()));
        }
    }

    /** An agent comment settles requester questions it addresses and colleague questions put to its author. */
    private static void settleOtherAsks(Src src, List<OpenAsk> asks, int lastRequesterIndex) {
        if (asks.isEmpty()) {
            return;
        }
        Set<String> words = null;
        boolean firstAgentReplyAfterRequester = src.index() == lastRequesterIndex + 1;
        for (OpenAsk a : asks) {
            if (a.answered || a.sourceIndex >= src.index()) {
                continue;
            }
            if (a.by == Party.AGENT) {
                a.answered = a.addressees.contains(src.st().ref().author().key());
                continue;
            }
            if (!src.st().ref().visibility().isPublic()) {
                continue; // an internal note does not answer the requester
            }
            if (words == null) {
                words = TextCues.contentWords(src.st().text().length() > 20_000 ? src.st().text().substring(0, 20_000) : src.st().text());
            }
            int common = TextCues.overlap(a.words, words);
            // A reply that shares no word with the question ("Thanks, I will look at it") does not answer it.
            a.answered = common >= 2 || (common >= 1 && (a.words.size() <= 3 || firstAgentReplyAfterRequester));
        }
    }

    // ---------------------------------------------------------------- answers

    private void answerPending(Src reply, List<Pending> pending, int lastRequesterIndex) {
        if (pending.isEmpty()) {
            return;
        }
        List<Sentence> candidates = new ArrayList<>();
        for (Sentence s : reply.sentences()) {
            String t = reply.text(s);
            if (t.length() <= TextCues.MAX_SENTENCE && !TextCues.isSignOff(t) && !TextCues.looksLikeCode(t)
                    && TextCues.addressLength(t) < t.length()) {
                candidates.add(s);
                if (candidates.size() == MAX_REPLY_SENTENCES) {
                    break;
                }
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        List<Pending> batch = new ArrayList<>();
        for (Pending p : pending) {
            if (p.batch > lastRequesterIndex) {
                batch.add(p);
            }
        }
        Set<Integer> used = new HashSet<>();
        // 1. A numbered list of questions answered by a numbered list: item by item.
        if (batch.stream().filter(p -> p.listNumber > 0).count() >= 2) {
            for (Pending p : batch) {
                if (p.listNumber == 0) {
                    continue;
                }
                for (int i = 0; i < candidates.size(); i++) {
                    if (candidates.get(i).listNumber() == p.listNumber && !used.contains(i)) {
                        p.answer = answerQuote(reply, candidates, i);
                        used.add(i);
                        break;
                    }
                }
            }
        }
        // 2. Overlap of content words, for the latest questions and for older ones still open.
        List<Set<String>> words = new ArrayList<>();
        for (Sentence s : candidates) {
            words.add(TextCues.contentWords(reply.text(s)));
        }
        for (Pending p : pending) {
            if (p.answer != null) {
                continue;
            }
            int best = -1;
            int bestScore = 0;
            for (int i = 0; i < candidates.size(); i++) {
                int score = TextCues.overlap(p.words, words.get(i));
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            boolean latest = p.batch > lastRequesterIndex;
            // One shared word is weak evidence: for a lone question the reply's opening says more.
            boolean lone = latest && batch.size() == 1;
            if (best >= 0 && (bestScore >= 2 || (latest && !lone && bestScore >= 1))) {
                p.answer = answerQuote(reply, candidates, best);
                used.add(best);
            }
        }
        // 3. By position: the reply right after a question answers it even without shared words.
        List<Pending> unanswered = batch.stream().filter(p -> p.answer == null).toList();
        if (batch.size() == 1 && unanswered.size() == 1) {
            int first = firstUnused(candidates, used, 0);
            if (first >= 0) {
                unanswered.get(0).answer = answerQuote(reply, candidates, first);
            }
        } else if (!unanswered.isEmpty() && candidates.size() >= batch.size()) {
            for (Pending p : unanswered) {
                int pos = batch.indexOf(p);
                if (!used.contains(pos)) {
                    p.answer = answerQuote(reply, candidates, pos);
                    used.add(pos);
                }
            }
        }
        pending.removeIf(p -> p.answer != null);
    }

    private static int firstUnused(List<Sentence> candidates, Set<Integer> used, int from) {
        for (int i = from; i < candidates.size(); i++) {
            if (!used.contains(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The answer sentence; a bare "Yes." or "No." takes the next sentence along, which says what it means. */
    private static Quote answerQuote(Src reply, List<Sentence> candidates, int i) {
        Sentence s = candidates.get(i);
        int start = s.start() + Math.min(TextCues.addressLength(reply.text(s)), s.end() - s.start() - 1);
        int end = s.end();
        if (TextCues.wordCount(reply.st().text().substring(start, end)) <= 3 && i + 1 < candidates.size()
                && candidates.get(i + 1).listNumber() == 0) {
            end = candidates.get(i + 1).end();
        }
        return Quote.of(reply.st(), start, end);
    }

    // ---------------------------------------------------------------- tried steps

    private static void collectTried(Src src, List<TriedStep> out) {
        List<Sentence> ss = src.sentences();
        for (int i = 0; i < ss.size(); i++) {
            Sentence s = ss.get(i);
            String text = src.text(s);
            if (text.length() > TextCues.MAX_SENTENCE || endsWithQuestionMark(text)) {
                continue;
            }
            // a step the reporter ticked in an issue template ("[X] Uninstall old build before installing a new one")
            boolean ticked = TextCues.isTickedStep(text);
            // The trigger words rule out most sentences, so they go before the code check.
            if (!ticked && (!LedgerPatterns.TRIED_TRIGGERS.anyIn(text) || TextCues.looksLikeCode(text))) {
                continue;
            }
            String body = text.substring(TextCues.addressLength(text));
            if (!ticked && (!LedgerPatterns.TRIED.find(body) || LedgerPatterns.NOT_A_REPORT.find(body)
                    || TextCues.isTemplateText(body))) {
                continue;
            }
            Quote step = quote(src, s);
            Outcome outcome = LedgerPatterns.outcomeOf(body);
            Quote evidence = null;
            // The outcome often follows in the next sentence or two ("Doesn't help."), past a pasted command.
            for (int k = i + 1, seen = 0; outcome == Outcome.UNKNOWN && k < ss.size() && seen < 2; k++) {
                Sentence next = ss.get(k);
                String nt = src.text(next);
                if (nt.length() > 300 || TextCues.looksLikeCode(nt)) {
                    continue;
                }
                seen++;
                if (endsWithQuestionMark(nt) || LedgerPatterns.TRIED_TRIGGERS.anyIn(nt)
                        && LedgerPatterns.TRIED.find(nt)) {
                    break;
                }
                Outcome o = LedgerPatterns.outcomeOf(nt);
                if (o != Outcome.UNKNOWN) {
                    outcome = o;
                    evidence = Quote.of(src.st(), next.start(), next.end());
                }
            }
            out.add(new TriedStep(step, outcome, evidence, src.party()));
        }
    }
}
