package dev.handoff.jira.users;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredTextTest {

    @Test
    void aNameIsReplacedOnlyWhereItStandsAsAWholeWordLongestFirst() {
        var replace = StoredText.replacingNames(List.of("Jo", "Jo Doe"), "user-1");

        assertThat(replace.apply("Jo Doe, Jo and Jon; Jo's note; (Jo)")).isEqualTo("user-1, user-1 and Jon; user-1's note; (user-1)");
        assertThat(replace.apply("Jürgen Jo\u00e9l")).isEqualTo("Jürgen Jo\u00e9l");
    }

    @Test
    void namesWithRegexCharactersAreTakenLiterallyAndSoIsTheReplacement() {
        var replace = StoredText.replacingNames(List.of("A.B (ext)"), "$1\\x");

        assertThat(replace.apply("asked A.B (ext) and AxB (ext)")).isEqualTo("asked $1\\x and AxB (ext)");
    }

    @Test
    void noNamesLeaveTheTextAlone() {
        assertThat(StoredText.replacingNames(List.of(" ", ""), "user-1").apply("J. Doe")).isEqualTo("J. Doe");
    }

    @Test
    void unchangedJsonComesBackIdenticalAndBrokenJsonIsRefused() {
        String json = "{ \"a\" : [1, 2.50, \"x\"] }";

        assertThat(StoredText.rewriteJson(json, StoredText.SAME_PEOPLE, s -> s)).isSameAs(json);
        assertThatThrownBy(() -> StoredText.rewriteJson("{\"a\":", StoredText.SAME_PEOPLE, s -> s))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stringsInArraysAndNestedObjectsAreRewrittenButPeopleOnlyByThePersonRule() {
        String json = "{\"list\":[\"J. Doe\",{\"key\":\"jdoe\",\"displayName\":\"J. Doe\"}],\"o\":{\"t\":\"J. Doe\"}}";

        String out = StoredText.rewriteJson(json, StoredText.SAME_PEOPLE, StoredText.replacingNames(List.of("J. Doe"), "X"));

        assertThat(out).isEqualTo("{\"list\":[\"X\",{\"key\":\"jdoe\",\"displayName\":\"J. Doe\"}],\"o\":{\"t\":\"X\"}}");
    }

    @Test
    void aPersonKeyIsFoundAsStoredJsonWritesIt() {
        assertThat(StoredText.personKeyFragment("o\"brien")).isEqualTo("\"key\":\"o\\\"brien\"");
        assertThat(StoredText.jsonEscaped("J\u00fcrgen")).isEqualTo("J\u00fcrgen");
    }
}
