package dev.handoff.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The first-word check in front of the request pattern never hides a request from it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RequestGateTest {

    private static final List<String> REQUESTS = List.of("Also, please send the log.", "And then please attach it.",
            "Additionally kindly provide x.", "Further pls check.", "Furthermore, please also try.", "Next please run it.",
            "First, please verify.", "Finally please let us know if it works.", "So please let me know which.", "OK, please retest.",
            "Okay please re-test.", "Please confirm.", "PLEASE share.", "Kindly upload.", "Can you send it.", "could you check.",
            "Would you attach.", "Will you try.", "Provide the log.", "Send it.", "Attach it.", "Share it.", "Upload it.",
            "Confirm it.", "Verify it.", "Describe it.", "Specify it.", "Tell us more.", "We need the log.", "I would require a test.",
            "Bitte senden Sie das Log.", "K\u00f6nnen Sie das pr\u00fcfen.", "K\u00d6NNTEN Sie.", "W\u00fcrden Sie.",
            "Pouvez-vous envoyer.", "Pourriez vous.", "Voulez-vous.", "Pourrais-vous.", "Peux-vous.", "Merci de joindre.",
            "Veuillez joindre.", "\u00bfPuede enviar.", "\u00bf puede enviar.", "Podr\u00eda enviar.", "Pueden enviar.",
            "Podr\u00edan enviar.", "Podr\u00edas enviar.", "Puedes enviar.", "Por favor env\u00ede el log.", "\u017fend it.",
            "\u212aindly send.", "\u0130 need the log.");

    @Test
    void every_request_phrase_and_every_real_sentence_the_pattern_takes_passes_the_check() {
        List<String> texts = new ArrayList<>(REQUESTS);
        for (String s : RealSentences.all()) {
            texts.add(s.substring(TextCues.addressLength(s)).strip());
        }
        int requests = 0;
        for (String s : texts) {
            if (LedgerPatterns.REQUEST.matcher(s).lookingAt()) {
                requests++;
                assertThat(LedgerPatterns.mayRequest(s)).as(s).isTrue();
            }
        }
        assertThat(requests).isGreaterThanOrEqualTo(REQUESTS.size());
    }

    @Test
    void a_sentence_opening_with_another_word_skips_the_pattern() {
        assertThat(LedgerPatterns.mayRequest("The app crashes on start.")).isFalse();
        assertThat(LedgerPatterns.mayRequest("Sending the log now.")).isFalse();
        assertThat(LedgerPatterns.mayRequest("Please send it.")).isTrue();
    }
}
