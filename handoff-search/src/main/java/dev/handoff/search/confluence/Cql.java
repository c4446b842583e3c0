package dev.handoff.search.confluence;

import dev.handoff.search.KnowledgeQuery;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the CQL for a knowledge search. No user-supplied CQL is ever sent: the only free input is the
 * query text, reduced to lower-case words and put inside quoted {@code text ~} values.
 *
 * <p>Why words and not the text: the value of {@code text ~} is itself parsed by Confluence as a Lucene
 * query ("Performing text searches using CQL"), so {@code * ? ( ) : -} and upper-case {@code AND/OR/NOT}
 * in a ticket would turn into operators there. One {@code text ~} per word, joined by OR, also keeps
 * recall: a single {@code text ~ "a b c"} requires every word, which a long ticket query never meets.
 * The local index ranks what comes back.
 */
final class Cql {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Cql() {
    }

    /**
     * {@code type = page AND space in ("A","B") AND (text ~ "w1" OR text ~ "w2")}; the caller guarantees
     * at least one space and one word.
     */
    static String build(List<String> spaceKeys, List<String> words) {
        if (spaceKeys.isEmpty() || words.isEmpty()) {
            throw new IllegalArgumentException("a search needs a space and a word");
        }
        StringBuilder cql = new StringBuilder("type = page AND space in (");
        for (int i = 0; i < spaceKeys.size(); i++) {
            cql.append(i == 0 ? "" : ",").append(quote(spaceKeys.get(i)));
        }
        cql.append(") AND (");
        for (int i = 0; i < words.size(); i++) {
            cql.append(i == 0 ? "" : " OR ").append("text ~ ").append(quote(words.get(i)));
        }
        return cql.append(')').toString();
    }

    /**
     * A CQL string literal. Backslash and double quote are escaped with a backslash, as the CQL operator
     * reference does for quotes inside a value; keys and words cannot contain either today, so this is the
     * second line of defence, not the first.
     */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    /**
     * Up to {@code max} distinct words of the query, heaviest parts first, without English stop words
     * (Confluence's own analyser drops them, and a stop word alone matches nothing).
     */
    static List<String> words(KnowledgeQuery query, int max) {
        Set<String> out = new LinkedHashSet<>();
        List<KnowledgeQuery.Part> parts = new ArrayList<>(query.parts());
        parts.sort(Comparator.comparingDouble((KnowledgeQuery.Part p) -> -p.weight()));
        for (KnowledgeQuery.Part part : parts) {
            Matcher m = WORD.matcher(part.text());
            while (m.find() && out.size() < max) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (w.length() > 1 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)) {
                    out.add(w);
                }
            }
        }
        return new ArrayList<>(out);
    }
}
