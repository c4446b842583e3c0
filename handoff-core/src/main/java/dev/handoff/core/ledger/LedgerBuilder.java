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
import java.util.Locale;
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

        // What the question asks for, read once: an answer of the wrong kind is no answer.
        final boolean version;
        final boolean status;
        final boolean choice;
        final boolean yesNo;
        final boolean wantsLog;
        final boolean wantsArtifact;

        Pending(Quote question, Set<String> words, int batch, int listNumber) {
            this.question = question;
            this.words = words;
            this.batch = batch;
            this.listNumber = listNumber;
            String text = question.text();
            String lower = text.toLowerCase(Locale.ROOT);
            boolean asks = endsWithQuestionMark(text);
            // "Which Titanium SDK version, Alloy version and Android version do you use?"
            version = words.contains("version") && containsAny(lower, "which", "what", "welche", "quelle", "qu\u00e9", "cu\u00e1l");
            // "Could you please verify if you are still seeing this issue?", "Is this reproducible in latest SDK?"
            // ... and a request to do something is answered by what came of it: "Please run the following command" ->
            // "Except rm -rf ~/.appcelerator remaining command worked fine"
            status = containsAny(lower, "still ", "reproducible", "latest", "resolved", "fixed", "solved", " now?", " now ", "encore",
                    "immer noch", "todav\u00eda")
                    || !LedgerPatterns.opensWh(text.substring(TextCues.addressLength(text))) && asksToAct(lower);
            // "Did you try to package the app from Studio or using CLI command?"
            choice = asks && containsAny(lower, " or ", " oder ", " ou ", " o ");
            yesNo = asks && LedgerPatterns.opensYesNo(text);
            wantsLog = words.contains("log") || words.contains("trace") || words.contains("stacktrace") || words.contains("output");
            wantsArtifact = wantsLog || words.contains("screenshot") || words.contains("file") || words.contains("dump");
        }
    }

    private static final String[] ACTION_OPENERS = {"please ", "you "};
    private static final String[] ACTION_VERBS = {"run ", "try ", "test ", "install ", "reinstall", "update ", "upgrade ", "restart",
        "reboot", "clear ", "delete ", "remove ", "relaunch"};

    /** "Please run the following command", "Can you try reinstalling the studio": a request to do something, after "please" or "you". */
    private static boolean asksToAct(String lower) {
        for (String opener : ACTION_OPENERS) {
            for (int at = lower.indexOf(opener); at >= 0; at = lower.indexOf(opener, at + 1)) {
                int from = at + opener.length();
                for (String v : ACTION_VERBS) {
                    if (lower.startsWith(v, from)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean containsAny(String s, String... parts) {
        for (String p : parts) {
            if (s.contains(p)) {
                return true;
            }
        }
        return false;
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
        // Where the requester's current turn began: two comments in a row ("reason ..." then "SDK: 7.1.0 GA ...") are one
        // reply to the questions before them.
        int turnBoundary = -1;

        for (Src src : thread) {
            if (src.party() == Party.AGENT) {
                settleOtherAsks(src, otherAsks, lastRequesterIndex);
                collectAgentQuestions(src, ticket.reporter().key(), asked, pending, otherAsks);
            } else {
                boolean continuation = lastRequesterIndex >= 0 && lastRequesterIndex == src.index() - 1;
                if (!continuation) {
                    turnBoundary = lastRequesterIndex;
                }
                answerPending(src, pending, turnBoundary, continuation);
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
        return author.sameAs(ticket.reporter()) ? Party.REQUESTER : Party.AGENT;
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
        return asks && !hasCodeMarks(s) && !TextCues.isTemplateText(s) && !TextCues.isClosing(s);
    }

    private static final String[] CODE_MARKS = {"!=", "==", "&&", "||", "=>", "(?"};

    /**
     * Operators that prose does not use: a line of pasted code that ends in a ternary's "?"
     * ("devicefamily: /(?:iphone|ios)/.test(cli.argv.platform) ?", "imageList: (rs.fieldByName(\"foto\") != \"\") ?").
     */
    static boolean hasCodeMarks(String s) {
        for (String m : CODE_MARKS) {
            if (s.contains(m)) {
                return true;
            }
        }
        return false;
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
        // A public comment that mentions only colleagues asks them, not the requester; where it mentions several people a
        // question goes to the one named last before it ("[~jkniesek] Can you validate ...? [~fmiao] Is there a way ...?").
        boolean isPublic = src.st().ref().visibility().isPublic();
        boolean toRequesterByDefault = isPublic && (src.mentions().isEmpty() || mentionsReporter(src, reporterKey)
                || opensWithGreeting(src));
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
            // one mention, of the reporter, asks the reporter wherever it stands
            boolean onlyReporter = src.mentions().size() == 1 && src.mentions().contains(reporterKey);
            String addressee = isPublic && !onlyReporter ? lastMentionBefore(src, s.end()) : null;
            boolean toRequester = addressee == null ? toRequesterByDefault
                    : isPublic && (reporterKey.isEmpty() || addressee.equals(reporterKey));
            if (!toRequester) {
                // a question to colleagues keeps the mentions it opens with: they say whom it asks ("@mpmiranda @ingo could you ...")
                q = Quote.of(src.st(), s.start(), s.end());
                otherAsks.add(new OpenAsk(q, words, src.index(), Party.AGENT, Party.AGENT,
                        addressee == null ? src.mentions() : Set.of(addressee)));
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

    /** The user mentioned last before {@code end} in the comment's text ("@fmiao"), null when none is. */
    private static String lastMentionBefore(Src src, int end) {
        if (src.mentions().isEmpty()) {
            return null;
        }
        String text = src.st().text();
        String best = null;
        int bestAt = -1;
        for (String m : src.mentions()) {
            // normalised text reads "@user"; raw Jira markup "[~user]" or "[~accountid:user]"
            int at = Math.max(text.lastIndexOf("@" + m, end - 1), Math.max(text.lastIndexOf("~" + m + "]", end - 1),
                    text.lastIndexOf(":" + m + "]", end - 1)));
            if (at > bestAt && at + m.length() + 1 <= end) {
                best = m;
                bestAt = at;
            }
        }
        return best;
    }

    /** "Hey Ricardo, so logs outside the loop work? [~cbarber] might have a guess here!": the greeting names the addressee. */
    private static boolean opensWithGreeting(Src src) {
        if (src.sentences().isEmpty()) {
            return false;
        }
        String first = src.text(src.sentences().get(0));
        String greeting = first.substring(0, TextCues.addressLength(first));
        return TextCues.wordCount(greeting) >= 2 && greeting.indexOf('@') < 0 && greeting.indexOf('[') < 0;
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
                    || hasCodeMarks(text) || TextCues.isPing(text) || TextCues.wordCount(text) < 3 || TextCues.isTemplateText(text)) {
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

    /** A reply sentence that may answer: its words, and what kind of answer it can be, read when first asked. */
    private static final class Cand {
        final Sentence s;
        final String text;
        final Set<String> words;
        final boolean opening;
        private String body;
        private byte canAnswer;
        private byte hasVersion;
        private byte yesOrNo;
        private Outcome outcome;

        Cand(Sentence s, String text, boolean opening) {
            this.s = s;
            this.text = text;
            this.words = TextCues.contentWords(text);
            this.opening = opening;
        }

        private String body() {
            if (body == null) {
                body = text.substring(TextCues.addressLength(text)).strip();
            }
            return body;
        }

        /** False for the requester asking back, a request, a promise or a shell line: those answer nothing. */
        boolean canAnswer() {
            if (canAnswer == 0) {
                canAnswer = cannotAnswer(body()) ? (byte) -1 : (byte) 1;
            }
            return canAnswer > 0;
        }

        boolean hasVersion() {
            if (hasVersion == 0) {
                hasVersion = hasVersionNumber(body()) ? (byte) 1 : (byte) -1;
            }
            return hasVersion > 0;
        }

        boolean yesOrNo() {
            if (yesOrNo == 0) {
                yesOrNo = LedgerPatterns.opensWithYesOrNo(body()) ? (byte) 1 : (byte) -1;
            }
            return yesOrNo > 0;
        }

        boolean keyValue() {
            return isKeyValue(body());
        }

        Outcome outcome() {
            if (outcome == null) {
                // a link says nothing of what happened, whatever its words ("...-titanium-studio-doesnt-works-anymore-...")
                outcome = body().regionMatches(true, 0, "http", 0, 4) && body().indexOf(' ') < 0
                        ? Outcome.UNKNOWN : LedgerPatterns.outcomeOf(text);
            }
            return outcome;
        }
    }

    /**
     * A reply sentence that answers no question put to the requester, whatever words it shares: the requester asking back
     * ("How do I check CLI version?"), a request ("Please open a separate ticket and attach the crash log"), a promise
     * ("I will try these suggestions and also provide the log.") or a shell line ("$ appc new --name myFirstApp").
     */
    static boolean cannotAnswer(String body) {
        if (body.isEmpty()) {
            return true;
        }
        char first = body.charAt(0);
        if (first == '$' || first == '>' || first == '#') {
            return true;
        }
        if (endsWithQuestionMark(body) && LedgerPatterns.opensLikeAQuestion(body)) {
            return true;
        }
        // "Please open a separate ticket and attach the crash log" (an agent's e-mail the requester pasted), "Please reopen this"
        boolean request = body.regionMatches(true, 0, "please ", 0, 7)
                || LedgerPatterns.mayRequest(body) && LedgerPatterns.REQUEST.matcher(body).lookingAt();
        if (request && !pointsAtMaterial(body)) {
            return true;
        }
        return LedgerPatterns.PROMISE.matcher(body).lookingAt() || isAcknowledgement(body);
    }

    private static final String[] ACKNOWLEDGEMENTS = {"thanks", "thank you", "thx", "good idea", "great", "ok", "okay", "perfect",
        "cool", "nice", "got it", "sounds good", "alright", "understood", "danke", "merci", "gracias", "vielen dank"};

    /** "Good idea.", "Thanks for all those great answers :)": a short thank-you, unless it says what worked ("Thanks, that worked!"). */
    private static boolean isAcknowledgement(String body) {
        if (TextCues.wordCount(body) > 6) {
            return false;
        }
        for (String a : ACKNOWLEDGEMENTS) {
            if (body.regionMatches(true, 0, a, 0, a.length())
                    && (body.length() == a.length() || !Character.isLetter(body.charAt(a.length())))) {
                return LedgerPatterns.outcomeOf(body) == Outcome.UNKNOWN;
            }
        }
        return false;
    }

    /** "Hi, Davide,", "Mark,": the name the reply is addressed to, on its own. */
    private static boolean isVocative(String t) {
        String rest = t.substring(TextCues.addressLength(t)).strip();
        return rest.endsWith(",") && TextCues.wordCount(rest) <= 2 && rest.indexOf(' ') == rest.lastIndexOf(' ')
                && !rest.isEmpty() && Character.isUpperCase(rest.charAt(0));
    }

    /** Code or a log line; a line that opens in bold ("*SDK:* 7.1.0 GA", "*ANDROID:* 8.0.0") is prose with a label. */
    private static boolean looksLikeCode(String t) {
        if (t.length() > 2 && t.charAt(0) == '*' && Character.isLetter(t.charAt(1))) {
            int close = t.indexOf('*', 2);
            if (close > 0 && close < 40 && (close + 1 == t.length() || !Character.isLetterOrDigit(t.charAt(close + 1)))) {
                return TextCues.looksLikeCode(t.substring(1, close) + t.substring(close + 1));
            }
        }
        return TextCues.looksLikeCode(t);
    }

    /** "Please check the image.", "Please find the test code below.": the requester points at what they attached. */
    private static boolean pointsAtMaterial(String body) {
        int i = 0;
        if (body.regionMatches(true, 0, "please ", 0, 7)) {
            i = 7;
        }
        return body.regionMatches(true, i, "check the ", 0, 10) || body.regionMatches(true, i, "see the ", 0, 8)
                || body.regionMatches(true, i, "see attach", 0, 10) || body.regionMatches(true, i, "find ", 0, 5)
                || body.regionMatches(true, i, "look at the ", 0, 12) || body.regionMatches(true, i, "refer to ", 0, 9);
    }

    /** "7.1.0", "SDK 5.1.2.GA", "Android 8", "jdk: 1.7.0_40": a digit, a dot, a digit, or a word that is a number; not a URL's digits. */
    private static boolean hasVersionNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c)) {
                continue;
            }
            if (i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "(:*,".indexOf(s.charAt(i - 1)) >= 0) {
                return true;
            }
            if (i + 2 < s.length() && s.charAt(i + 1) == '.' && Character.isDigit(s.charAt(i + 2)) && s.lastIndexOf("://", i) < 0) {
                return true;
            }
        }
        return false;
    }

    /** A pasted setting or output line ("app.workspace          = \"\"", "cli.colors = true"): one token, then "=" or ":". */
    private static boolean isKeyValue(String s) {
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '=') {
            i++;
        }
        if (i == 0 || i > 60) {
            return false;
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i < s.length() && s.charAt(i) == '=';
    }

    private void answerPending(Src reply, List<Pending> pending, int lastRequesterIndex, boolean continuation) {
        if (pending.isEmpty()) {
            return;
        }
        List<Cand> candidates = new ArrayList<>();
        Sentence logLine = null;
        for (Sentence s : reply.sentences()) {
            String t = reply.text(s);
            if (t.length() > TextCues.MAX_SENTENCE) {
                continue;
            }
            if (looksLikeCode(t)) {
                // a pasted log answers a request for the log: "What is the actual error log?" -> "[ERROR] SQLiteLog: ..."
                if (logLine == null && TextCues.wordCount(t) >= 3) {
                    logLine = s;
                }
                continue;
            }
            if (!TextCues.isSignOff(t) && TextCues.addressLength(t) < t.length() && !isVocative(t)) {
                candidates.add(new Cand(s, t, candidates.isEmpty()));
                if (candidates.size() == MAX_REPLY_SENTENCES) {
                    break;
                }
            }
        }
        if (candidates.isEmpty() && logLine == null) {
            return;
        }
        List<Pending> batch = new ArrayList<>();
        for (Pending p : pending) {
            if (p.batch > lastRequesterIndex) {
                batch.add(p);
            }
        }
        Set<Integer> used = new HashSet<>();
        // 1. A numbered list of questions answered by a numbered list: item by item, whatever the item says.
        if (batch.stream().filter(p -> p.listNumber > 0).count() >= 2) {
            for (Pending p : batch) {
                if (p.listNumber == 0) {
                    continue;
                }
                for (int i = 0; i < candidates.size(); i++) {
                    if (candidates.get(i).s.listNumber() == p.listNumber && !used.contains(i)) {
                        p.answer = answerQuote(reply, candidates, i, null);
                        used.add(i);
                        break;
                    }
                }
            }
        }
        // 2. Shared content words and the kind of answer asked for, for the latest questions and older ones still open.
        //    The strongest pairs go first and a sentence answers one question, so a weak match cannot take a sentence
        //    from the question it answers.
        List<long[]> pairs = new ArrayList<>();
        int[] bestAny = new int[pending.size()];
        int[] bestAnyAt = new int[pending.size()];
        for (int k = 0; k < pending.size(); k++) {
            Pending p = pending.get(k);
            bestAnyAt[k] = -1;
            if (p.answer != null) {
                continue;
            }
            boolean latest = p.batch > lastRequesterIndex;
            // One shared word is weak evidence: for a lone question the reply's opening says more. A second comment in a
            // row goes on answering the turn's questions ("screenshot of ..." / "installation details -> ...").
            boolean lone = latest && batch.size() == 1 && !continuation;
            for (int i = 0; i < candidates.size(); i++) {
                Cand c = candidates.get(i);
                int score = score(p, c);
                // an answer to "Which ... version?" gives a number ("SDK: 7.1.0 GA"), not the words of the question
                // or names what was asked with more than one of its words ("Let it install jdk [old version]")
                if ((score >= 2 || (latest && !lone && score >= 1)) && (!p.version || score >= 2 || c.hasVersion()) && c.canAnswer()) {
                    pairs.add(new long[] {score, k, i});
                    if (score > bestAny[k]) {
                        bestAny[k] = score;
                        bestAnyAt[k] = i;
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingLong((long[] a) -> -a[0]).thenComparingLong(a -> a[1]).thenComparingLong(a -> a[2]));
        for (long[] pair : pairs) {
            Pending p = pending.get((int) pair[1]);
            int i = (int) pair[2];
            if (p.answer == null && !used.contains(i)) {
                p.answer = answerQuote(reply, candidates, i, p);
                used.add(i);
            }
        }
        // A sentence that answers two questions well answers both ("Windows 11 with Outlook 2019").
        for (int k = 0; k < pending.size(); k++) {
            Pending p = pending.get(k);
            if (p.answer == null && bestAny[k] >= 2) {
                p.answer = answerQuote(reply, candidates, bestAnyAt[k], p);
            }
        }
        // 3. A request for the log, answered by the log pasted below it.
        if (logLine != null) {
            for (Pending p : batch) {
                if (p.answer == null && p.wantsLog) {
                    p.answer = Quote.of(reply.st(), logLine.start(), logLine.end());
                    break;
                }
            }
        }
        // 4. By position: the reply right after a question answers it even without shared words, when the sentence
        //    there is the kind of answer the question asks for. A second comment in a row is no such reply.
        List<Pending> unanswered = continuation ? List.of() : batch.stream().filter(p -> p.answer == null).toList();
        if (batch.size() == 1 && unanswered.size() == 1) {
            Pending p = unanswered.get(0);
            int first = firstUnused(candidates.size(), used);
            // only the opening answers by position, and not when it asks back or promises
            if (first >= 0 && candidates.get(first).canAnswer() && fitsByPosition(p, candidates.get(first))) {
                p.answer = answerQuote(reply, candidates, first, null);
            }
        } else if (!unanswered.isEmpty() && candidates.size() >= batch.size()) {
            for (Pending p : unanswered) {
                int i = batch.indexOf(p);
                Cand c = candidates.get(i);
                if (!used.contains(i) && c.canAnswer() && !p.wantsArtifact && fitsByPosition(p, c)) {
                    p.answer = answerQuote(reply, candidates, i, null);
                    used.add(i);
                }
            }
        }
        pending.removeIf(p -> p.answer != null);
    }

    /** A capitalised word past the first, or a digit: the sentence names a product, device or version. */
    private static boolean namesSomething(String s) {
        boolean first = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                boolean pronounI = c == 'I' && (i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1)));
                if (!first && Character.isUpperCase(c) && !pronounI) {
                    return true;
                }
                first = false;
            }
        }
        return false;
    }

    private static int firstUnused(int size, Set<Integer> used) {
        for (int i = 0; i < size; i++) {
            if (!used.contains(i)) {
                return i;
            }
        }
        return -1;
    }

    /** Shared content words, and a bonus for the kind of answer the question asks for. */
    private static int score(Pending p, Cand c) {
        int score = TextCues.overlap(p.words, c.words);
        if (p.version && c.hasVersion()) {
            score++;
        }
        // "Can you test on some higher Android version?" -> "Yes, it is working on Android 7 and 8"; a reply that opens with
        // the yes says more than a later sentence about something else ("Yes, finally :-)." / "I still have a small problem")
        if (p.yesNo && !p.choice && c.yesOrNo()) {
            score += c.opening ? 2 : 1;
        }
        // "Are you still seeing this issue?" -> "IIRC I resolved this by changing one of the version settings"
        if (p.status && (c.outcome() != Outcome.UNKNOWN)) {
            score += 2;
        }
        // "... from Studio or using CLI command?" -> "From Studio."
        if (p.choice && score >= 1 && TextCues.wordCount(c.text) <= 4) {
            score += 2;
        }
        return score;
    }

    /** Whether a sentence with no words of the question can still be its answer by where it stands. */
    private static boolean fitsByPosition(Pending p, Cand c) {
        if (p.choice) {
            // an answer to "A or B?" names one of them or a third ("El error se dio en un Motorola"), not "This is still happening"
            return namesSomething(c.text);
        }
        if (p.version) {
            return c.hasVersion();
        }
        // a heading ("Result.") or a pasted setting ("app.workspace = \"\"") is no answer by position
        // nor is a lead-in to pasted material ("The code applied is same as mentioned in Appcelerator Documentation:")
        // a yes/no question it may answer: "did you try this?" -> "The \"paths.hooks\" is empty in the config's output:"
        return !c.keyValue() && (c.yesOrNo() || TextCues.wordCount(c.text) >= 2) && (p.yesNo || !c.text.endsWith(":"));
    }

    /**
     * The answer sentence; a bare "Yes." or "No." takes the next sentence along, which says what it means. An answer to a
     * question for several versions runs on over the next lines that answer more of it ("SDK: 7.1.0 GA" / "ANDROID: 8.0.0").
     */
    private static Quote answerQuote(Src reply, List<Cand> candidates, int i, Pending p) {
        Sentence s = candidates.get(i).s;
        int start = s.start() + Math.min(TextCues.addressLength(reply.text(s)), s.end() - s.start() - 1);
        int end = s.end();
        if (TextCues.wordCount(reply.st().text().substring(start, end)) <= 3 && i + 1 < candidates.size()
                && candidates.get(i + 1).s.listNumber() == 0 && candidates.get(i + 1).s.line() <= s.line() + 2
                && candidates.get(i + 1).canAnswer()) {
            end = candidates.get(i + 1).s.end();
        } else if (p != null && p.version) {
            Set<String> left = new HashSet<>(p.words);
            left.removeAll(candidates.get(i).words);
            for (int k = i + 1, line = s.line(); k < candidates.size() && k <= i + 4; k++) {
                Cand next = candidates.get(k);
                // the rest of the line ("7.1.0. GA"), then lines that name more of what was asked
                boolean sameLine = next.s.line() == line;
                if (!sameLine && (next.s.line() != line + 1 || !next.canAnswer() || next.s.listNumber() != 0
                        || !left.removeAll(next.words))) {
                    break;
                }
                end = next.s.end();
                line = next.s.line();
            }
        }
        return Quote.of(reply.st(), start, end);
    }

    // ---------------------------------------------------------------- tried steps

    private static final Set<String> TRAILING_PREPOSITIONS = Set.of("on", "with", "in", "using", "under", "against", "via", "auf", "mit", "sur", "avec", "en", "con");

    /** A row of a tool's column output ("!  installed          not found; install HAXM ..."): a run of four spaces inside it. */
    private static boolean isColumnOutput(String text) {
        return text.strip().contains("    ");
    }

    /** "Tested on:", "Tested with": the heading over an environment list, not a step with its object ("Verified fixed, using:" is one). */
    private static boolean isHeading(String body) {
        String b = body.strip();
        if (TextCues.wordCount(b) > 3 || LedgerPatterns.outcomeOf(b) != Outcome.UNKNOWN) {
            return false;
        }
        if (b.endsWith(":")) {
            return true;
        }
        int sp = b.lastIndexOf(' ');
        return sp > 0 && TRAILING_PREPOSITIONS.contains(b.substring(sp + 1).toLowerCase(Locale.ROOT));
    }

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
            if (!ticked && (!LedgerPatterns.TRIED_TRIGGERS.anyIn(text) || TextCues.looksLikeCode(text) || isColumnOutput(text))) {
                continue;
            }
            String body = text.substring(TextCues.addressLength(text));
            if (!ticked && (!LedgerPatterns.TRIED.find(body) || LedgerPatterns.NOT_A_REPORT.find(body)
                    || TextCues.isTemplateText(body) || isHeading(body))) {
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
