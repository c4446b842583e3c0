package dev.handoff.core.redact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detectors test cheap necessary conditions (a minimum length, a first character, a name classified earlier in
 * the same text) before the expensive checks. These cases sit on the edge of each condition, so that a condition
 * stricter than its pattern fails here instead of silently dropping a detection.
 */
class CheapChecksFirstTest {
    private final Redactor redactor = Redactor.defaults();

    private String redact(String s) {
        return redactor.redact(s).text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            blob LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tL end                         | blob [REDACTED:private-key] end
            key VK7JG-NPHTM-C97JM-9MPGT-3V66T                                  | key [REDACTED:license-key]
            recovery 123456-654321-111222-333444-555666-777888-999000-121212   | recovery [REDACTED:bitlocker-key]
            """)
    void theShortestKeyOfEachPatternIsFoundInARunOfExactlyItsLength(String text, String redacted) {
        assertThat(redact(text)).isEqualTo(redacted);
    }

    @Test
    void aNameRepeatedInOneTextIsJudgedWithEachOfItsValues() {
        assertThat(redact("key=placeholder and key=Qm7vT2kL9xR4wZ8pN3cF6hJ1"))
                .isEqualTo("key=placeholder and key=[REDACTED:api-key]");
        assertThat(redact("password: Abc123!x, later password: Zz9#yy88"))
                .isEqualTo("password: [REDACTED:password], later password: [REDACTED:password]");
        assertThat(redact("Password: \"Password:\" then Password: Zz9#yy88"))
                .isEqualTo("Password: \"Password:\" then Password: [REDACTED:password]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password: AC-1234", "password: v1.2.3-beta", "password: 2.4.1-rc1",
            "password: 10.0.0.12:8080", "password: 00:1A:2B:3C:4D:5E", "password: 1A:2B:3C:4D:5E:6F",
            "password=forgot-password", "password: change_password", "password: showpassword1"})
    void identifiersAndUiLabelsAfterAPasswordNameStay(String text) {
        assertThat(redact(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password: Ac-1234", "password: w1.2.3", "password: resetpass", "password: newpassw0rd!",
            "password: Passw0rd-change"})
    void passwordsThatOnlyResembleThoseIdentifiersAreRedacted(String text) {
        assertThat(redact(text)).isEqualTo("password: [REDACTED:password]");
    }
}
