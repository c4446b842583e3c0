package dev.handoff.jira.packaging;

import java.util.ArrayList;
import java.util.List;

/** Splits an OSGi manifest header into clauses at commas outside quotes. */
final class ManifestClauses {

    private ManifestClauses() {
    }

    static List<String> split(String header) {
        List<String> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().trim());
        }
        return out;
    }
}
