package dev.handoff.cli;

import dev.handoff.core.redact.Redactor;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code ./handoff redact}: stdin to stdout, UTF-8, line N of the output is line N of the input. */
public final class RedactCommand {
    private RedactCommand() {
    }

    public static int run(InputStream in, PrintStream out) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("redact: cannot read stdin: " + e.getMessage());
            return 2;
        }
        // Whole input at once so multi-line secrets (PEM blocks) are seen together; newlines are preserved.
        String redacted = Redactor.defaults().redact(text).text();
        byte[] bytes = redacted.getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        out.flush();
        return out.checkError() ? 1 : 0;
    }
}
