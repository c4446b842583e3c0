package dev.handoff.core.normalize;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // AC-1367 description
            "Calling BitmapFactory.decodeStream the second time in the retry loop fails because the input stream has to be rewound.|EN",
            "Der Export bricht ab, wenn ich die Datei öffne. Es ist nicht das erste Mal, bitte um Hilfe.|DE",
            "Le export ne fonctionne pas depuis la mise à jour, nous avons un message d'erreur dans les logs.|FR",
            "El export no funciona desde la actualización, tenemos un error cuando abrimos el archivo.|ES",
            "E1234 0x97be0598 NullPointerException|UNKNOWN",
            "'   '|UNKNOWN",
    })
    void the_language_of_a_ticket_text_is_told_from_its_stop_words(String text, Language expected) {
        assertThat(Language.detect(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mit freundlichen Grüßen, das ist der Fehler in der App und wir wissen nicht warum.|DE",
            "Je ne sais pas pourquoi, mais le bouton est grisé dans cette version.|FR",
    })
    void a_few_english_words_in_a_foreign_text_do_not_flip_the_answer(String text, Language expected) {
        assertThat(Language.detect(text + " build log error")).isEqualTo(expected);
    }
}
