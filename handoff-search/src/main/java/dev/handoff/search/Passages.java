package dev.handoff.search;

import java.util.ArrayList;
import java.util.List;

/** Cuts a body into passages of whole paragraphs, each at least a given number of words where the text allows. */
final class Passages {

    static final int MAX_CHARS = 600;

    private Passages() {
    }

    static List<String> split(String body, int minWords) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int words = 0;
        for (String para : body.split("\\n\\s*\\n")) {
            String p = para.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (current.length() > 0) {
                current.append("\n\n");
            }
            current.append(p);
            words += words(p);
            if (words >= minWords) {
                out.add(current.toString());
                current.setLength(0);
                words = 0;
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** Words of a stripped paragraph, as {@code p.split("\\s+").length} counts them, without a regex per paragraph. */
    static int words(String p) {
        int n = 1;
        for (int i = 1; i < p.length(); i++) {
            if (space(p.charAt(i)) && !space(p.charAt(i - 1))) {
                n++;
            }
        }
        return n;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    static String first(String body) {
        List<String> all = split(body, 1);
        return all.isEmpty() ? "" : all.get(0);
    }

    static String clip(String passage) {
        return passage.length() > MAX_CHARS ? passage.substring(0, MAX_CHARS) : passage;
    }
}
