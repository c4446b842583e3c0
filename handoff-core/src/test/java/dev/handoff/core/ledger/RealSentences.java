package dev.handoff.core.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Every text and sentence of the 500 real AC issues of the normalisation tests (see src/test/resources/normalize/README.md). */
public final class RealSentences {

    private static List<String> texts;
    private static List<String> sentences;

    private RealSentences() {
    }

    /** Each description and comment body, raw. */
    public static synchronized List<String> texts() {
        if (texts == null) {
            texts = new ArrayList<>();
            try (InputStream in = RealSentences.class.getResourceAsStream("/normalize/ac-sample-texts.tsv.gz");
                 BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    texts.add(unescape(line.split("\t", 3)[2]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    /** Every sentence of every text. */
    public static synchronized List<String> all() {
        if (sentences == null) {
            sentences = new ArrayList<>();
            for (String text : texts()) {
                for (Sentences.Sentence s : Sentences.split(text)) {
                    sentences.add(s.in(text));
                }
            }
        }
        return sentences;
    }

    /** The JSON string literal of a line, without its quotes. */
    private static String unescape(String json) {
        StringBuilder sb = new StringBuilder(json.length());
        for (int i = 1; i < json.length() - 1; i++) {
            char c = json.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = json.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }
}
