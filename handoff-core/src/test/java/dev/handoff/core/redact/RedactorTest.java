package dev.handoff.core.redact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedactorTest {
    private final Redactor redactor = Redactor.defaults();

    private String redact(String s) {
        return redactor.redact(s).text();
    }

    @Test
    void passwordWrittenAsProseIsRedactedButHostnameSurvives() {
        assertThat(redact("user jdoe on host WS-0142, password Summer2024!"))
                .isEqualTo("user jdoe on host WS-0142, password [REDACTED:password]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my password is Hunter2x!                       | Hunter2x!
            pw: X9k!mQ7z                                    | X9k!mQ7z
            pwd=Tr0ub4dor&3                                 | Tr0ub4dor&3
            Passwort: Geheim#2024                           | Geheim#2024
            Kennwort ist Sommer2024                         | Sommer2024
            mot de passe : Soleil2024!                      | Soleil2024!
            contraseña: Verano2024                          | Verano2024
            temporary password set to Welcome#99            | Welcome#99
            I reset his password to Autumn2023! just now    | Autumn2023!
            new pw Xy7#kL9q, please change it               | Xy7#kL9q
            The default Password is 'blooberry'             | blooberry
            ensure the password is "centipede" and press On | centipede
            """)
    void passwordsTypedByUsersAndAgentsAreRedactedInFourLanguages(String text, String secret) {
        String out = redact(text);
        assertThat(out).doesNotContain(secret).contains("[REDACTED:password]");
        // everything before the secret, including the word that introduced it and any quote, survives
        assertThat(out.substring(0, out.indexOf("[REDACTED"))).isEqualTo(text.substring(0, text.indexOf(secret)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Portal-Zugang mit Testkonto vpn-test / Pa55word! funktioniert stabil. | Pa55word!
            test account: jdoe / Summer2024!                                     | Summer2024!
            Login: admin/Xk9#mP2q works                                           | Xk9#mP2q
            credentials vpn-test:Pa55word!                                        | Pa55word!
            Zugangsdaten: jweber / Herbst2026?                                    | Herbst2026?
            compte: jdupont / Soleil#2024.                                        | Soleil#2024
            """)
    void aLoginTypedAsUserAndPasswordPairLosesOnlyThePassword(String text, String secret) {
        String out = redact(text);
        assertThat(out).doesNotContain(secret).contains("[REDACTED:password]");
        assertThat(out.substring(0, out.indexOf("[REDACTED"))).isEqualTo(text.substring(0, text.indexOf(secret)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"the user profile/AppData folder", "account Finance/Controlling", "user: admin / admin",
            "hintText=\"User name / E-mail address\"", "id of other user test: 12ab34cd", "Login failed: Error42 again",
            "\"user-agent\":\"appc-cli/4.0.0\"", "ACS account(id:54bd46da2ed88cabe3004dba)", "Server srv-01 / rack 4",
            "user jdoe / C:/Users/jdoe/AppData", "user: jdoe / version 2.4.1"})
    void pairsThatAreNotALoginStay(String text) {
        assertThat(redact(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password reset", "Password expired for jdoe", "the password is incorrect",
            "the password field is empty", "password: ********", "password: <password>", "password=${PASSWORD}",
            "password was changed yesterday", "Please send a password reset link", "password: %DB_PASSWORD%",
            "pass --fallback-to-build to reinstall", "Forgot your password? Click here.",
            "The password is stored in the keychain", "password: $DB_PASS"})
    void wordsAroundPasswordThatAreNotSecretsStay(String text) {
        assertThat(redact(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"commit 3b335d612137949d2f21fcc6c8c8164db7603227 fixed it",
            "request id 98fc74a8-ff56-4a21-85f6-7a1fcac895c9 failed", "see AC-1234 and ALOY-77",
            "error 0x80070005 (HRESULT E_ACCESSDENIED)", "install KB5034441 first",
            "C:\\Windows\\System32\\drivers\\etc\\hosts", "host ws-0142.corp.example.com at 10.0.0.12",
            "MAC 00:1A:2B:3C:4D:5E", "Titanium Studio 3.4.2.201410131813-bSTAPq8a5tYq",
            "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d28be27b26b5b", "export PATH=$HOME/bin:$PATH",
            "Event ID 4625 logged", "md5: d41d8cd98f00b204e9800998ecf8427e",
            "at com.appcelerator.titanium.TiApplication.onCreate(TiApplication.java:412)",
            "0x00ecd105 _ZN2CA5Layer16layout_and_displayEv + 397",
            "https://drive.google.com/file/d/0B7x2Yq9ZkLmNpQrStUvWxYz123/view?usp=sharing"})
    void identifiersThatLookRandomAreNotRedacted(String text) {
        assertThat(redact(text)).isEqualTo(text);
    }

    @Test
    void licenseBitlockerOtpAndWifiKeysGetTheirOwnKinds() {
        assertThat(redact("product key VK7JG-NPHTM-C97JM-9MPGT-3V66T")).isEqualTo("product key [REDACTED:license-key]");
        assertThat(redact("recovery 123456-654321-111222-333444-555666-777888-999000-121212"))
                .isEqualTo("recovery [REDACTED:bitlocker-key]");
        assertThat(redact("Your verification code is 483920.")).isEqualTo("Your verification code is [REDACTED:otp].");
        assertThat(redact("MFA code: 592 018")).isEqualTo("MFA code: [REDACTED:otp]");
        assertThat(redact("Bestätigungscode 77120934")).isEqualTo("Bestätigungscode [REDACTED:otp]");
        assertThat(redact("Your code is 483920, it expires soon")).isEqualTo("Your code is [REDACTED:otp], it expires soon");
        assertThat(redact("wifi password: BlueSky-77 for the guest SSID"))
                .isEqualTo("wifi password: [REDACTED:wifi-key] for the guest SSID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"error code 80070005", "exit code 137 after 800123 ms", "placeholder XXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
            "build 20231012 version code 4500123", "HTTP status code: 5001234", "client_code=4411223",
            "version 37 (1602158-arm64) (code 260215800)", "OTP 123456 in the docs is an example"})
    void numbersThatAreNotOneTimeCodesStay(String text) {
        assertThat(redact(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            GITHUB_TOKEN=ghp_XIxB7KMNdAr3zqWtQqhE94qglHqOzn1D1stg                     | ghp_XIxB7KMNdAr3zqWtQqhE94qglHqOzn1D1stg
            aws_access_key_id = AKIAQ3EGRIJKQ5L7KV5Z                                    | AKIAQ3EGRIJKQ5L7KV5Z
            aws_secret_access_key = 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           | wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ3kLm9x2W
            slack: xoxb-263594206564-FGqddMF8t08v8N7Oq4i57vs1                          | xoxb-263594206564-FGqddMF8t08v8N7Oq4i57vs1
            Stripe.api_key = "sk_live_dhhfUUyfrAqe5dBAZ10JrAD"                         | sk_live_dhhfUUyfrAqe5dBAZ10JrAD
            key AIzaSyB4sU8lU15bR_87qNb7eUVQN72_vv8mpbU in the app                     | AIzaSyB4sU8lU15bR_87qNb7eUVQN72_vv8mpbU
            Authorization: Bearer cfcabd11c7ed9a41b1a3e063c32d5114                     | cfcabd11c7ed9a41b1a3e063c32d5114
            Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==                           | QWxhZGRpbjpvcGVuIHNlc2FtZQ==
            glpat-tFrjFXD7soVU2fqxuDMh was pasted in chat                              | glpat-tFrjFXD7soVU2fqxuDMh
            npm token npm_TCllNwh2WLQlMWVhybM1iQrsTj6rMQ0BOh6d                         | npm_TCllNwh2WLQlMWVhybM1iQrsTj6rMQ0BOh6d
            apikey: 3a16750dd3634a418ebd035408f7730f                                    | 3a16750dd3634a418ebd035408f7730f
            my API key is Qm7vT2kL9xR4wZ8pN3cF6hJ1                                      | Qm7vT2kL9xR4wZ8pN3cF6hJ1
            blob?sv=2021-08-06&se=2024-01-01&sp=r&sig=Xk2%2Fq9LmZ7vB4nR8tY1wQ3eP6sD0%3D&x=1 | Xk2%2Fq9LmZ7vB4nR8tY1wQ3eP6sD0%3D
            """)
    void tokensAndCloudKeysAreRedactedAsApiKeys(String text, String secret) {
        RedactionResult r = redactor.redact(text);
        assertThat(r.text()).doesNotContain(secret).contains("[REDACTED:api-key]");
    }

    @Test
    void secretNamedInProseIsRedactedWhenItLooksGenerated() {
        assertThat(redact("the client secret is 8Fh2kLq9ZxW4mT7v, rotate it"))
                .isEqualTo("the client secret is [REDACTED:password], rotate it");
        assertThat(redact("the client secret is stored in the vault")).isEqualTo("the client secret is stored in the vault");
    }

    @Test
    void sessionCookiesAreRedactedButCookieAttributesSurvive() {
        assertThat(redact("Cookie: theme=dark; JSESSIONID=8F3A9C0E1B2D4F6A7C8E9D0B1A2C3E4F"))
                .isEqualTo("Cookie: theme=dark; JSESSIONID=[REDACTED:session-cookie]");
        assertThat(redact("Set-Cookie: sid=s%3AkX9vQ2mP7nR4tL8wZ1yB6cD3; Path=/; HttpOnly"))
                .isEqualTo("Set-Cookie: sid=[REDACTED:session-cookie]; Path=/; HttpOnly");
    }

    @Test
    void jwtIsRedactedWholeWithItsOwnKind() {
        String jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VybmFtZTpib2IifQ.HcfCW67Uda-0gz54ZWTqmtgJnZeNem0Q757eTa0EHo";
        assertThat(redact("token from the browser: " + jwt + " (expired?)"))
                .isEqualTo("token from the browser: [REDACTED:jwt] (expired?)");
    }

    @Test
    void privateKeyBlockKeepsTheNumberOfLines() {
        String text = "here is the key\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpQIBAAKCAQEAn6/O8li+SX4m98LLYt/PKSzEmQ++ZBD7\n"
                + "yxR5MsXFu9PRsQ92EF3aB7Loh9P13f4yQ92EF3yxR5MsXFu9\n-----END RSA PRIVATE KEY-----\nthanks";
        String out = redact(text);
        assertThat(out).isEqualTo("here is the key\n[REDACTED:private-key]\n\n\n\nthanks");
        assertThat(out.split("\n", -1)).hasSameSizeAs(text.split("\n", -1));
    }

    @Test
    void privateKeyWithoutEndMarkerIsRedactedUpToTheProse() {
        String text = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAlwAAAAdzc2\n"
                + "the rest was cut off by the mail client";
        assertThat(redact(text)).isEqualTo("[REDACTED:private-key]\n\nthe rest was cut off by the mail client");
    }

    @Test
    void documentationKeyBlockWithoutKeyMaterialStays() {
        String text = "-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----";
        assertThat(redact(text)).isEqualTo(text);
    }

    @Test
    void certificatesAndPublicKeysPastedIntoTicketsStay() {
        String cert = "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n"
                + "RTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYD\n-----END CERTIFICATE-----";
        String ssh = "authorized_keys: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl jdoe@ws-0142";
        assertThat(redact(cert)).isEqualTo(cert);
        assertThat(redact(ssh)).isEqualTo(ssh);
    }

    @Test
    void connectionStringsKeepEverythingButThePassword() {
        assertThat(redact("Server=db01;Database=Sales;User Id=sa;Password=S3cr3t!x;Encrypt=true"))
                .isEqualTo("Server=db01;Database=Sales;User Id=sa;Password=[REDACTED:connection-string];Encrypt=true");
        assertThat(redact("uri mongodb+srv://svc:CPCdZH5k0F6dxQ9V@cluster0.example.net/db"))
                .isEqualTo("uri mongodb+srv://svc:[REDACTED:connection-string]@cluster0.example.net/db");
        assertThat(redact("clone https://jdoe:p4ss-W0rd@git.corp.local/team/repo.git"))
                .isEqualTo("clone https://jdoe:[REDACTED:url-credentials]@git.corp.local/team/repo.git");
        assertThat(redact("see https://git.corp.local/team/repo.git")).isEqualTo("see https://git.corp.local/team/repo.git");
    }

    @Test
    void reportCountsKindsAndNeverHoldsValues() {
        RedactionResult r = redactor.redact("pw: Abc123!x\nPasswort: Zz9#yy88\nGITHUB_TOKEN=ghp_XIxB7KMNdAr3zqWtQqhE94qglHqOzn1D1stg");
        assertThat(r.report().counts()).isEqualTo(Map.of("password", 2, "api-key", 1));
        assertThat(r.report().total()).isEqualTo(3);
        assertThat(r.report().toString()).doesNotContain("Abc123").doesNotContain("ghp_");
    }

    @Test
    void reportsMergeAcrossTexts() {
        RedactionReport a = redactor.redact("pw: Abc123!x").report();
        RedactionReport b = redactor.redact("pwd=Xy7#kL9q and AKIAQ3EGRIJKQ5L7KV5Z").report();
        RedactionReport merged = RedactionReport.mergeAll(List.of(a, b, RedactionReport.empty()));
        assertThat(merged.counts()).isEqualTo(Map.of("password", 2, "api-key", 1));
        assertThat(a.merge(b)).isEqualTo(merged);
        assertThat(a.counts()).isEqualTo(Map.of("password", 1)); // merge does not mutate
    }

    @Test
    void customAdminPatternRedactsItsGroupAsCustom() {
        Redactor custom = Redactor.builder().addPattern("employee-id", "EMP-(\\d{6})").build();
        RedactionResult r = custom.redact("badge EMP-004211 and pw: Abc123!x");
        assertThat(r.text()).isEqualTo("badge EMP-[REDACTED:custom] and pw: [REDACTED:password]");
        assertThat(r.report().count("custom")).isEqualTo(1);
        assertThatThrownBy(() -> Redactor.builder().addPattern("x", "a").addPattern("x", "b"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lineCountIsPreservedForEveryInput() {
        String text = "line one pw: Abc123!x\r\n\nCookie: JSESSIONID=8F3A9C0E1B2D4F6A7C8E9D0B1A2C3E4F\n"
                + "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDAC4AWkdwKYSd8\n"
                + "-----END PRIVATE KEY-----\nlast";
        String out = redact(text);
        assertThat(out.split("\n", -1)).hasSameSizeAs(text.split("\n", -1));
        assertThat(out).doesNotContain("Abc123!x").doesNotContain("MIIEvQ").endsWith("\nlast");
    }

    @Test
    void emptyAndNullInputGiveEmptyReports() {
        assertThat(redactor.redact("").report().isEmpty()).isTrue();
        assertThat(redactor.redact(null).text()).isEmpty();
        assertThat(redactor.redact("nothing to see here").changed()).isFalse();
    }

    @Test
    void oneRedactorServesManyThreadsWithTheSameResults() throws Exception {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            inputs.add("ticket " + i + " pw: Abc" + i + "!x token=ghp_XIxB7KMNdAr3zqWtQqhE94qglHqOzn1D1st" + (char) ('a' + i % 26));
        }
        List<String> expected = inputs.stream().map(this::redact).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> inputs.stream().map(this::redact).toList()));
            }
            for (Future<List<String>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).allSatisfy(s -> assertThat(s).doesNotContain("ghp_").doesNotContain("!x "));
    }
}
