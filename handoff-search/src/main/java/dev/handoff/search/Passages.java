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
            words += p.split("\\s+").length;
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

    static String first(String body) {
        List<String> all = split(body, 1);
        return all.isEmpty() ? "" : all.get(0);
    }

    static String clip(String passage) {
        return passage.length() > MAX_CHARS ? passage.substring(0, MAX_CHARS) : passage;
    }
}
