package dev.handoff.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RedactCommandTest {

    @Test
    void stdinIsRedactedLineForLineAsUtf8() {
        String in = "Grüße aus Köln, Kennwort ist Sommer2024!\n-----BEGIN PRIVATE KEY-----\n"
                + "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDAC4AWkdwKYSd8\n-----END PRIVATE KEY-----\nlast line\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = RedactCommand.run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(rc).isZero();
        assertThat(text.split("\n", -1)).hasSameSizeAs(in.split("\n", -1));
        assertThat(text.split("\n", -1)[0]).isEqualTo("Grüße aus Köln, Kennwort ist [REDACTED:password]");
        assertThat(text.split("\n", -1)[1]).isEqualTo("[REDACTED:private-key]");
        assertThat(text).endsWith("last line\n").doesNotContain("MIIEvQ");
    }
}
