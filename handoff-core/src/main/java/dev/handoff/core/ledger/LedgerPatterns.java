package dev.handoff.core.ledger;

import java.util.regex.Pattern;

/**
 * The phrases the ledger recognises, in English, German, French and Spanish. Every repetition is
 * bounded and no alternative nests another quantifier, so matching stays linear in the sentence.
 */
final class LedgerPatterns {

    private LedgerPatterns() {
    }

    /** Requests that end in a full stop: "Please attach the logs.", "Could you send ...". */
    static final Pattern REQUEST = Pattern.compile("(?iu)^(?:(?:also|and|additionally|further|furthermore|next|then|first|finally|so|ok|okay)[,]?\\s+){0,2}"
            + "(?:(?:please|kindly|pls)[,]?\\s+(?:also\\s+|just\\s+|now\\s+)?(?:provide|send|attach|confirm|check|share|upload|try|test|update|run|verify|give|tell|describe"
            + "|clarify|post|include|explain|add|enable|collect|capture|reproduce|retest|re-test|install|let us know (?:if|whether|what|which|how|when)|let me know (?:if|whether|what|which|how|when)|advise|answer|specify|forward)\\b"
            + "|(?:can|could|would|will)\\s+you\\b|(?:provide|send|attach|share|upload|confirm|verify|describe|specify|tell us)\\b"
            + "|(?:we|i)\\s+(?:would\\s+)?(?:need|require)\\s+(?:the|a|an|your|some|more|to see|to know|to have)\\b"
            // German puts the verb last: "Bitte das Update installieren", "Bitte stellen Sie sicher, dass ..."
            + "|bitte\\s+(?:[^.?!\\n]{0,60}?\\s)?(?:senden|schicken|zuschicken|abschicken|pr\u00fcfen|\u00fcberpr\u00fcfen|best\u00e4tigen|geben|teilen|mitteilen"
            + "|versuchen|ausprobieren|testen|laden|hochladen|h\u00e4ngen|anh\u00e4ngen|f\u00fcgen|nennen|beschreiben|installieren|aktualisieren|deinstallieren"
            + "|l\u00f6schen|neu\\s?starten|stellen|schauen|nachsehen|melden)\\b"
            + "|(?:k\u00f6nnen|k\u00f6nnten|w\u00fcrden)\\s+sie\\b|(?:pouvez|pourriez|voulez|voudriez|pourrais|pourras|p[e\u00ea]ux)[- ](?:vous|tu)\\b"
            + "|tu\\s+(?:p[e\u00ea]ux|pourrais|pourras)\\s|merci de\\b|veuillez\\b"
            + "|\u00bf?\\s*(?:puede|podr\u00eda|pueden|podr\u00edan|podr\u00edas|puedes)\\b|por favor[,]?\\s+(?:env\u00ede|adjunte|confirme|compruebe|verifique|ind\u00edquenos|indique|pruebe|comparta|env\u00edenos)\\b)");

    /** Every {@link #REQUEST} match starts with one of these words, case-folded, or with "\u00bf". */
    private static final java.util.Set<String> REQUEST_FIRST_WORDS = java.util.Set.of(("also and additionally further furthermore "
            + "next then first finally so ok okay please kindly pls can could would will provide send attach share upload confirm "
            + "verify describe specify tell we i bitte k\u00f6nnen k\u00f6nnten w\u00fcrden pouvez pourriez voulez voudriez pourrais pourras peux p\u00eaux tu "
            + "merci veuillez puede podr\u00eda pueden podr\u00edan podr\u00edas puedes por").split(" "));

    /** {@link #REQUEST_FIRST_WORDS} by their first character (all are Latin-1). */
    private static final String[][] REQUEST_FIRST_WORDS_BY_FIRST = new String[0x100][];

    static {
        for (String w : REQUEST_FIRST_WORDS) {
            String[] old = REQUEST_FIRST_WORDS_BY_FIRST[w.charAt(0)];
            String[] grown = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = w;
            REQUEST_FIRST_WORDS_BY_FIRST[w.charAt(0)] = grown;
        }
    }

    /**
     * Whether {@link #REQUEST} can match {@code s}, which starts with no whitespace: a word lookup instead of ~60 alternatives.
     * The word is the leading letters, case-folded (no more than 14 are read); it is compared in place, without a copy.
     */
    static boolean mayRequest(String s) {
        if (s.isEmpty() || s.charAt(0) == '\u00bf') {
            return true;
        }
        int n = 0;
        while (n < s.length() && n <= 13 && Character.isLetter(s.charAt(n))) {
            n++;
        }
        if (n == 0) {
            return false; // no word of the list is empty
        }
        int first = GatedPattern.fold(s.charAt(0));
        String[] candidates = first <= 0xFF ? REQUEST_FIRST_WORDS_BY_FIRST[first] : null;
        if (candidates != null) {
            for (String w : candidates) {
                if (w.length() == n && foldedEquals(s, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean foldedEquals(String s, String folded) {
        for (int k = 1; k < folded.length(); k++) {
            if (GatedPattern.fold(s.charAt(k)) != folded.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** "... if you can attach reproducible test code." */
    static final GatedPattern EMBEDDED_REQUEST = new GatedPattern("(?iu)\\b(?:if|whether) you (?:can|could) (?:please\\s+)?(?:provide|send|attach|share|upload|confirm|check|test|try|give|post|include|tell)\\b",
            "if you ,whether you ", "", false);

    /** Past-tense actions a troubleshooter reports. */
    private static final String ACTION = "(?:tried|attempted|rebooted|restarted|reinstalled|re-installed|cleared|cleaned|reset|updated|upgraded|downgraded"
            + "|deleted|removed|recreated|re-created|rebuilt|re-built|reimported|re-imported|renamed|replaced|disabled|enabled|switched|changed|ran|tested"
            + "|verified|checked|installed|uninstalled|rolled back|repaired|flushed|logged out|signed out|resynced|re-synced|restored|followed|configured"
            + "|recompiled|re-compiled|compiled|reverted|uninstalled|purged|wiped|tested it)";

    static final GatedPattern TRIED = new GatedPattern("(?iu)(?:"
            // first person or a named actor, optional auxiliaries and adverbs
            + "\\b(?:i|we|i've|we've|i'd|we'd|customer|user|requester|they|tier ?1|agent)\\s+(?:have\\s+|has\\s+|had\\s+)?"
            + "(?:(?:already|also|even|just|then|again|both|first|now|since|previously|successfully)\\s+){0,2}" + ACTION + "\\b"
            // subject-less notes: "Rebooted, no change", "Already tried with another user"
            + "|^(?:(?:already|also|then|first|have|has|completely|fully|just|again|finally|even)\\s+){0,2}" + ACTION + "\\b"
            + "|\\b(?:i|we)\\s+(?:have|had|'ve)\\s+been\\s+trying\\b"
            + "|\\b(?:i|we)\\s+(?:also\\s+|even\\s+|already\\s+){0,2}did\\s+(?:a|an|the)\\s+[^.?!\\n]{0,40}?\\b(?:clean|reboot|restart|reinstall|reset|rebuild|build|update)\\b"
            + "|\\b(?:ich|wir)\\s+(?:habe|haben|hab)\\b[^.?!\\n]{0,80}?\\b(?:versucht|probiert|neu gestartet|neugestartet|neu installiert|gel\u00f6scht|geleert|zur\u00fcckgesetzt|aktualisiert|getestet|gepr\u00fcft)\\b"
            + "|\\bbereits\\s+(?:versucht|probiert|getestet|neu\\s?installiert|neu\\s?gestartet|zur\u00fcckgesetzt|gel\u00f6scht)\\b"
            // steps named as nouns, then what they did: "Neustart des iPhones ... hat nichts gebracht", "Neustart Smartphone erfolglos"
            + "|\\b(?:neustart|neuinstallation|neuinstallieren|l\u00f6schen|zur\u00fccksetzen|deinstallieren|deaktivieren|abschie\u00dfen|leeren)\\b[^.?!\\n]{0,160}?"
            + "(?:\\b(?:hat|haben)\\s+(?:(?:ebenfalls|auch|leider|aber)\\s+){0,2}(?:nichts\\s+gebracht|nicht\\s+geholfen|nichts\\s+ge\u00e4ndert|keine\\s+wirkung)|\\berfolglos\\b|\\bohne\\s+erfolg\\b)"
            // French: past participles, and the infinitives people write for them ("J'ai désinstaller et ré-installer", "j'ai juste dû réinstaller")
            + "|\\b(?:j['\u2019]ai|nous avons)\\s+(?:(?:d\u00e9j\u00e0|aussi|\u00e9galement|bien|juste|simplement)\\s+){0,2}(?:d[u\u00fb]\\s+)?"
            + "(?:(?:essay|tent|red\u00e9marr|r\u00e9-?install|re-?install|d\u00e9sinstall|vid|supprim|effac|test|v\u00e9rifi|r\u00e9initialis)(?:\u00e9|er)\\b|mis \u00e0 jour)"
            + "|\\bm\u00eame\\s+apr\u00e8s\\s+(?:(?:une|un|la|le|l['\u2019])\\s*)?(?:d\u00e9sinstallation|r\u00e9installation|red\u00e9marrage|r\u00e9initialisation|mise \u00e0 jour)\\b"
            + "|\\b(?:ya\\s+)?(?:intent\u00e9|prob\u00e9|reinici\u00e9|reinstal\u00e9|borr\u00e9|elimin\u00e9|actualic\u00e9|limpi\u00e9|verifiqu\u00e9)\\b"
            + "|\\b(?:he|hemos)\\s+(?:intentado|probado|reiniciado|reinstalado|borrado|actualizado|limpiado)\\b"
            // "no cambia al borrar los datos ni al reinstalar la aplicación"
            + "|\\b(?:no\\s+cambia|sigue\\s+igual|sigue\\s+sin\\s+funcionar)\\s+(?:al|tras|despu\u00e9s\\s+de)\\s+(?:borrar|reinstalar|reiniciar|desinstalar|limpiar|actualizar)\\b"
            + ")", "i ,we ,i've,we've,i'd,we'd,customer,user,requester,they,tier,agent,ich ,wir ,bereits ,neustart,neuinstall,"
            + "l\u00f6schen,zur\u00fccksetzen,deinstallieren,deaktivieren,abschie\u00dfen,leeren,j'ai ,j\u2019ai ,nous avons ,m\u00eame ,ya ,"
            + "intent\u00e9,prob\u00e9,reinici\u00e9,reinstal\u00e9,borr\u00e9,elimin\u00e9,actualic\u00e9,limpi\u00e9,verifiqu\u00e9,he ,hemos ,no ,sigue ",
            "", true);

    /** Words one of which every {@link #TRIED} match contains; sentences without any skip the pattern. */
    static final TriggerWords TRIED_TRIGGERS = new TriggerWords(java.util.Set.copyOf(java.util.List.of((
            "tried attempted rebooted restarted reinstalled re-installed cleared cleaned reset updated upgraded downgraded deleted removed "
            + "recreated re-created rebuilt re-built reimported re-imported renamed replaced disabled enabled switched changed ran tested "
            + "verified checked installed uninstalled rolled repaired flushed logged signed resynced re-synced restored followed configured "
            + "recompiled re-compiled compiled reverted purged wiped trying did habe haben hab bereits j'ai j\u2019ai avons "
            + "intent\u00e9 prob\u00e9 reinici\u00e9 reinstal\u00e9 borr\u00e9 elimin\u00e9 actualic\u00e9 limpi\u00e9 verifiqu\u00e9 "
            + "intentado probado reiniciado reinstalado borrado actualizado limpiado neustart neuinstallation neuinstallieren l\u00f6schen "
            + "zur\u00fccksetzen deinstallieren deaktivieren abschie\u00dfen leeren m\u00eame cambia sigue").split(" "))));

    /** Not a report of what happened: advice, conditions, questions to the reader. */
    static final GatedPattern NOT_A_REPORT = new GatedPattern("(?iu)^(?:if|when|once|please|try|you should|you can|you could|you may|maybe|perhaps)\\b|\\b(?:have|did) you\\b|\\bif you\\b",
            "have you,did you,if you", "", true);

    static final GatedPattern NO_CHANGE = new GatedPattern("(?iu)(?:\\bno (?:change|changes|luck|difference|effect|improvement|success)\\b|\\bnothing changed\\b"
            + "|\\b(?:didn'?t|did not|does(?:n'?t| not)|do(?:n'?t| not)|won'?t|will not|wouldn'?t|can'?t|cannot)\\s+(?:help|work|change|fix|solve|resolve|seem to|make a difference)"
            + "|\\bstill\\s+(?:fails?|failing|gives?|giving|says?|saying|crash\\w{0,3}|prompting|asking|popping|freezing|hanging|stuck|disconnecting|the same|not|doesn'?t|does not|happens|happening|broken|an issue|occurs|occurring|getting|see|get|shows?|has|have|same|reproduc\\w{0,5}|persists|there|no)"
            + "|\\b(?:issue|problem|error|crash|behaviou?r)\\s+(?:still\\s+)?(?:remains|persists)"
            + "|\\b(?:result|outcome|error|behaviou?r|problem|issue)s?\\s+(?:was|were|is|are|remained|stayed|stays)\\s+(?:still\\s+)?the same|\\bremains the same|\\bsame (?:result|error|issue|problem|behaviou?r|thing)"
            + "|\\bwithout success|\\bto no avail|\\bunsuccessful|\\bnot work(?:ing|s)?\\b|\\b(?:isn'?t|wasn'?t|is not|was not|never|not)\\s+(?:fixed|resolved|solved|work\\w{0,3})"
            + "|\\bkeine (?:\u00e4nderung|verbesserung)|\\bohne erfolg|\\bnicht geholfen|funktioniert (?:immer noch |weiterhin |trotzdem )?nicht"
            + "|\\bnichts\\s+gebracht|\\bkeine\\s+wirkung|\\bbesteht\\s+(?:immer\\s+noch|weiterhin)|\\berfolglos"
            + "|sans succ\u00e8s|aucun changement|ne (?:fonctionne|marche) (?:toujours |plus )?pas|\\bidem\\b|\\bm\u00eame\\s+(?:crash|probl\u00e8me|erreur|r\u00e9sultat|bug|apr\u00e8s)"
            + "|sin \u00e9xito|no funciona|sigue (?:fallando|igual|sin)|sin cambios|no sirvi\u00f3|no cambia)",
            "no ,nothing changed,didn't,didnt,did not,doesn't,doesnt,does not,don't,dont,do not,won't,wont,will not,wouldn't,"
            + "wouldnt,can't,cant,cannot,still ,issue ,problem ,error ,crash ,behavio,remains the same,same ,without success,to no avail,"
            + "unsuccessful,not ,isn't,isnt,is not,wasn't,wasnt,was not,never ,keine ,ohne erfolg,nicht geholfen,nichts ,besteht ,"
            + "erfolglos,idem,m\u00eame ,result,outcome",
            "funktioniert ,sans succ\u00e8s,aucun changement,ne fonctionne ,ne marche ,sin \u00e9xito,no funciona,sigue ,sin cambios,"
            + "no sirvi\u00f3,no cambia", false);

    // "As a work around, we followed ..." names a workaround, not a result.
    static final GatedPattern SOLVED = new GatedPattern("(?iu)\\b(?:(?:works?|worked|working)(?![ -]?around)|fixed|resolved|solved|helped|that did it|did the trick|succeeded|successful(?:ly)?"
            + "|runs? perfectly|no (?:more )?errors"
            + "|gone|went away|funktioniert|behoben|gel\u00f6st|geholfen|fonctionne|marche|r\u00e9solu|funciona|resuelto|solucionado)\\b",
            "work,fixed,resolved,solved,helped,that did it,did the trick,succeeded,successful,gone,went away,funktioniert,behoben,"
            + "run,no ,"
            + "gel\u00f6st,geholfen,fonctionne,marche,r\u00e9solu,funciona,resuelto,solucionado", "", false);

    static final GatedPattern PARTIAL = new GatedPattern("(?iu)(?:\\bfor a (?:day|while|few|couple|moment|short time|bit)\\b|\\btemporar\\w{0,4}|\\bpartial\\w{0,3}|\\bsome of the\\b"
            + "|\\bsometimes\\b|\\bintermittent\\w{0,3}|\\bonly (?:for|on|when|after|in) |\\bcame back\\b|\\bcomes back\\b|\\bagain after\\b|\\bworked once\\b"
            + "|\\bbetter but\\b|\\bimproved\\b|\\bteilweise\\b|\\bvor\u00fcbergehend\\b|\\bzeitweise\\b|\\bpartiellement\\b|\\btemporairement\\b|\\bparfois\\b"
            + "|\\bparcialmente\\b|\\btemporalmente\\b|\\ba veces\\b"
            + "|\\bla\\s+(?:1(?:e|\u00e8|\u00e8re|re|ere)|premi\u00e8re)\\s+fois\\b|\\bbeim\\s+ersten\\s+mal\\b|\\bla\\s+primera\\s+vez\\b)",
            "for a ,temporar,partial,some of the,sometimes,intermittent,only ,came back,comes back,again after,worked once,"
            + "better but,improved,teilweise,vor\u00fcbergehend,zeitweise,partiellement,temporairement,parfois,parcialmente,"
            + "temporalmente,a veces,la ,beim ", "", false);

    /**
     * A promise instead of an answer: "I will try these suggestions and also provide the log.", "I'll attach it then."
     * Anchored, so it fails on the first characters of every other sentence.
     */
    static final Pattern PROMISE = Pattern.compile("(?iu)^(?:(?:ok|okay|sure|yes|thanks|thank you|alright|fine)[,!.]?\\s+)?"
            + "(?:i|we)(?:\\s+will|\\s+shall|['\u2019]ll|\\s+am\\s+going\\s+to|\\s+are\\s+going\\s+to)\\b");

    /** Words a yes/no question opens with, case-folded. */
    private static final java.util.Set<String> YES_NO_FIRST_WORDS = java.util.Set.of(("can could would will do does did is are was were "
            + "should shall may have has am any or isn't aren't don't doesn't didn't haven't hasn't wasn't weren't "
            + "kann k\u00f6nnen soll muss ist sind gibt habt hast haben est-ce as-tu avez-vous es-tu \u00eates-vous").split(" "));

    /** Words a question for a fact opens with, case-folded. */
    private static final java.util.Set<String> WH_FIRST_WORDS = java.util.Set.of(("how what why when where which who whom whose "
            + "wie warum wo wann welche welcher welches comment pourquoi quand o\u00f9 quel quelle quels quelles lequel laquelle "
            + "c\u00f3mo qu\u00e9 cu\u00e1ndo d\u00f3nde cu\u00e1l").split(" "));

    /** The first word of {@code s} (no leading whitespace), case-folded, at most 12 characters; "" when it opens with none. */
    private static String firstWord(String s) {
        int n = 0;
        while (n < s.length() && n < 12 && (Character.isLetter(s.charAt(n)) || s.charAt(n) == '\'' || s.charAt(n) == '\u2019'
                || s.charAt(n) == '-' && n > 0)) {
            n++;
        }
        return s.substring(0, n).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    }

    /** Whether {@code s} (no leading whitespace) opens with a question word: "How do I check CLI version?". */
    static boolean opensLikeAQuestion(String s) {
        if (!s.isEmpty() && s.charAt(0) == '\u00bf') {
            return true;
        }
        String w = firstWord(s);
        if (PREPOSITIONS.contains(w) && w.length() < s.length()) {
            w = firstWord(s.substring(w.length()).stripLeading()); // "In what form would you like to have an example?"
            return WH_FIRST_WORDS.contains(w);
        }
        return YES_NO_FIRST_WORDS.contains(w) || WH_FIRST_WORDS.contains(w);
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("in", "on", "at", "for", "from", "with", "to", "by", "of",
            "since", "under", "into");

    /** Whether {@code s} (no leading whitespace) opens like a yes/no question: "Did you try ...?", "Is this reproducible ...?". */
    static boolean opensYesNo(String s) {
        return YES_NO_FIRST_WORDS.contains(firstWord(s));
    }

    /** Whether {@code s} (no leading whitespace) opens like a question for a fact: "Which device ...?", "What version ...?". */
    static boolean opensWh(String s) {
        return WH_FIRST_WORDS.contains(firstWord(s));
    }

    /** Words a yes or no opens a reply with; the reply may go on ("Yes, I have tried ...", "No. I have been trying ..."). */
    private static final java.util.Set<String> YES_NO_REPLY_WORDS = java.util.Set.of(("yes yeah yep yup no nope nah not never "
            + "correct right exactly indeed sure ja nein jein oui non nan si s\u00ed").split(" "));

    /** Whether a reply sentence opens with a yes or a no, or with "I did" / "I have" / "It is" and the like. */
    static boolean opensWithYesOrNo(String s) {
        String w = firstWord(s);
        if (YES_NO_REPLY_WORDS.contains(w)) {
            return true;
        }
        if (w.equals("of")) {
            return s.regionMatches(true, 0, "of course", 0, 9);
        }
        if (w.equals("i") || w.equals("we")) {
            String next = firstWord(s.substring(Math.min(s.length(), w.length() + 1)));
            return next.equals("did") || next.equals("do") || next.equals("have") || next.equals("am") || next.equals("can")
                    || next.equals("can't") || next.equals("didn't") || next.equals("don't") || next.equals("haven't") || next.equals("cannot");
        }
        if (w.equals("it") || w.equals("this") || w.equals("that")) {
            // "It does.", "It didn't help" answer; "This is still happening here." reports
            String next = firstWord(s.substring(Math.min(s.length(), w.length() + 1)));
            return next.equals("did") || next.equals("does") || next.equals("didn't") || next.equals("doesn't") || next.equals("isn't")
                    || next.equals("wasn't");
        }
        return false;
    }

    /** Jira user mentions in raw comment bodies. */
    static final Pattern MENTION = Pattern.compile("\\[~(?:accountid:)?([^\\]\\n]{1,80})\\]");

    static Outcome outcomeOf(String sentence) {
        boolean noChange = NO_CHANGE.find(sentence);
        boolean solved = SOLVED.find(sentence);
        if ((noChange || solved) && PARTIAL.find(sentence)) {
            return Outcome.PARTIAL;
        }
        if (noChange) {
            return Outcome.NO_CHANGE;
        }
        return solved ? Outcome.SOLVED : Outcome.UNKNOWN;
    }
}
