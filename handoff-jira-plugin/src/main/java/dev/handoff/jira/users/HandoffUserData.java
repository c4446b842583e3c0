package dev.handoff.jira.users;

import dev.handoff.jira.users.UserDataStore.KeyColumn;
import dev.handoff.jira.users.UserDataStore.Text;
import dev.handoff.jira.users.UserDataStore.TextColumn;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Handoff's records of a Jira user when Jira changes the user's key or name or anonymises the user (the handlers in
 * this package call it). Every change runs in batches of {@link #BATCH} rows, one transaction each, and is
 * idempotent: what was changed no longer matches, so a retry after a failure continues where the last batch ended.
 * A failing batch is reported and the remaining columns are still done.
 */
@Named
public class HandoffUserData {

    static final int BATCH = 100;
    private static final Pattern ANONYMISED = Pattern.compile("user-[0-9a-f]{5}");

    /** What the admin reads on Jira's anonymisation screen; each is an i18n key of the plugin's bundle. */
    public enum Occurrence {
        ESCALATIONS("handoff.anonymize.escalations"), DECISIONS("handoff.anonymize.decisions"),
        AUDIT("handoff.anonymize.audit"), METRICS("handoff.anonymize.metrics"),
        KNOWLEDGE("handoff.anonymize.knowledge"), CITED_AUTHOR("handoff.anonymize.cited"), MENTIONS("handoff.anonymize.mentions"), NAMES("handoff.anonymize.names");

        private final String descriptionKey;

        Occurrence(String descriptionKey) {
            this.descriptionKey = descriptionKey;
        }

        public String descriptionKey() {
            return descriptionKey;
        }
    }

    /** How many rows a change visited, and the failures it met (empty: done). */
    public record Outcome(int rows, List<String> errors) {
    }

    private static final Map<KeyColumn, Occurrence> KEY_OCCURRENCES = new EnumMap<>(Map.of(
            KeyColumn.ESCALATION_REQUESTER, Occurrence.ESCALATIONS, KeyColumn.DRAFT_DECIDER, Occurrence.DECISIONS,
            KeyColumn.AUDIT_ACTOR, Occurrence.AUDIT, KeyColumn.METRIC_ACTOR, Occurrence.METRICS,
            KeyColumn.KNOWLEDGE_EDITOR, Occurrence.KNOWLEDGE));

    private final UserDataStore store;

    @Inject
    public HandoffUserData(UserDataStore store) {
        this.store = store;
    }

    // ------------------------------------------------------------------------------------------- user key change

    /** Rows that hold the key, by kind; kinds without rows are left out. */
    public Map<Occurrence, Long> keyOccurrences(String key) {
        Map<Occurrence, Long> out = new EnumMap<>(Occurrence.class);
        for (KeyColumn column : KeyColumn.values()) {
            putIfAny(out, KEY_OCCURRENCES.get(column), store.count(column, key));
        }
        putIfAny(out, Occurrence.CITED_AUTHOR, store.countContaining(TextColumn.DRAFT_JSON, StoredText.personKeyFragment(key)));
        return out;
    }

    /**
     * Jira's progress unit for each change: one step per table column and search, each completed when done, so the
     * count is known before the work and always met (row counts would change as the rows do).
     */
    public int keyChangeSteps() {
        return KeyColumn.values().length + 1;
    }

    public int userNameChangeSteps() {
        return TextColumn.values().length;
    }

    public int anonymisationSteps(Set<String> names) {
        return 1 + TextColumn.values().length * names.size();
    }

    /** The key's rows become the new key's, and so do the people a stored draft cites with it. */
    public Outcome changeKey(String from, String to, Runnable tick) {
        Progress p = new Progress(tick);
        if (from.equals(to)) {
            return p.skip(keyChangeSteps());
        }
        for (KeyColumn column : KeyColumn.values()) {
            p.run(column.name(), () -> {
                int changed;
                do {
                    changed = store.replaceKey(column, from, to, BATCH);
                    p.rows(changed);
                } while (changed > 0);
            });
        }
        StoredText.PersonRule rekey = (key, name) -> new String[] {key.equals(from) ? to : key, name};
        p.run(TextColumn.DRAFT_JSON.name(), () -> rewrite(TextColumn.DRAFT_JSON, StoredText.personKeyFragment(from),
                json -> StoredText.rewriteJson(json, rekey, UnaryOperator.identity()), p));
        return p.outcome();
    }

    // ------------------------------------------------------------------------------------------ user name change

    /** Rows whose text mentions the user name in Jira's wiki markup, {@code [~name]}. */
    public long mentionOccurrences(String userName) {
        long rows = 0;
        for (TextColumn column : TextColumn.values()) {
            rows += store.countContaining(column, fragment(column, StoredText.mention(userName)));
        }
        return rows;
    }

    /** {@code [~from]} becomes {@code [~to]} wherever Handoff keeps text: a mention must keep pointing at its user. */
    public Outcome changeUserName(String from, String to, Runnable tick) {
        Progress p = new Progress(tick);
        if (from.equals(to)) {
            return p.skip(userNameChangeSteps());
        }
        UnaryOperator<String> mentions = StoredText.replacingMentions(from, to);
        for (TextColumn column : TextColumn.values()) {
            UnaryOperator<String> rule = column.json()
                    ? json -> StoredText.rewriteJson(json, StoredText.SAME_PEOPLE, mentions) : mentions;
            p.run(column.name(), () -> rewrite(column, fragment(column, StoredText.mention(from)), rule, p));
        }
        return p.outcome();
    }

    // --------------------------------------------------------------------------------------------- anonymisation

    /**
     * The names Handoff's text may show for the user: every display name a stored draft gives the key (people
     * rename themselves; a draft keeps the name of its day) and the name Jira shows now. A name that is already an
     * anonymised one ({@code user-} and five hex digits, Handoff's label and Jira's own form) is not a name to hide,
     * so a second anonymisation finds nothing to do.
     */
    public Set<String> namesOf(String key, String currentDisplayName) {
        Set<String> names = new LinkedHashSet<>();
        if (currentDisplayName != null && !currentDisplayName.isBlank()) {
            names.add(currentDisplayName);
        }
        String fragment = StoredText.personKeyFragment(key);
        int after = 0;
        List<Text> page;
        do {
            page = store.containing(TextColumn.DRAFT_JSON, fragment, after, BATCH);
            for (Text t : page) {
                names.addAll(StoredText.displayNames(t.value(), key));
                after = t.id();
            }
        } while (page.size() == BATCH);
        names.removeIf(HandoffUserData::anonymised);
        return names;
    }

    /** Rows that cite the user or show one of the names; a row may be counted once per name. */
    public long nameOccurrences(String key, Set<String> names) {
        long rows = store.countContaining(TextColumn.DRAFT_JSON, StoredText.personKeyFragment(key));
        for (TextColumn column : TextColumn.values()) {
            for (String name : names) {
                rows += store.countContaining(column, fragment(column, name));
            }
        }
        return rows;
    }

    /**
     * Replaces the user's names with {@code label} in all of Handoff's text: the people a draft cites with the key
     * get the label as their display name, and each name is replaced where it stands as a whole word in stored
     * facts, prose, approved notes (their "comment 4, J. Doe" provenance), decision notes, audit diffs and reasons,
     * and metric details. The key itself is left to {@link #changeKey}, which Jira calls next.
     */
    public Outcome anonymise(String key, Set<String> names, String label, Runnable tick) {
        Progress p = new Progress(tick);
        UnaryOperator<String> text = StoredText.replacingNames(names, label);
        StoredText.PersonRule people = (k, name) -> new String[] {k, k.equals(key) && !anonymised(name) ? label : name};
        UnaryOperator<String> json = s -> StoredText.rewriteJson(s, people, text);
        p.run(TextColumn.DRAFT_JSON.name(), () -> rewrite(TextColumn.DRAFT_JSON, StoredText.personKeyFragment(key), json, p));
        for (TextColumn column : TextColumn.values()) {
            UnaryOperator<String> rule = column.json() ? json : text;
            for (String name : names) {
                p.run(column.name(), () -> rewrite(column, fragment(column, name), rule, p));
            }
        }
        return p.outcome();
    }

    // -------------------------------------------------------------------------------------------------- helpers

    private static boolean anonymised(String name) {
        return ANONYMISED.matcher(name).matches();
    }

    private static String fragment(TextColumn column, String s) {
        return column.json() ? StoredText.jsonEscaped(s) : s;
    }

    private static void putIfAny(Map<Occurrence, Long> out, Occurrence occurrence, long rows) {
        if (rows > 0) {
            out.merge(occurrence, rows, Long::sum);
        }
    }

    /** Every row containing the fragment, page by page after the last id seen, rewritten; changed rows written per page. */
    private void rewrite(TextColumn column, String fragment, UnaryOperator<String> rule, Progress p) {
        int after = 0;
        List<Text> page;
        do {
            page = store.containing(column, fragment, after, BATCH);
            List<Text> changed = new ArrayList<>();
            for (Text t : page) {
                String now = rule.apply(t.value());
                if (!now.equals(t.value())) {
                    changed.add(new Text(t.id(), now));
                }
                after = t.id();
            }
            if (!changed.isEmpty()) {
                store.write(column, changed);
            }
            p.rows(page.size());
        } while (page.size() == BATCH);
    }

    /** Counts rows and completes one of Jira's progress steps per step; a failing step is noted and the next one still runs. */
    private static final class Progress {
        private final Runnable tick;
        private final List<String> errors = new ArrayList<>();
        private int rows;

        Progress(Runnable tick) {
            this.tick = tick;
        }

        void rows(int n) {
            rows += n;
        }

        /** One step: its failure is noted, and it counts as done either way (Jira's retry runs it again). */
        void run(String step, Runnable work) {
            try {
                work.run();
            } catch (RuntimeException e) {
                errors.add("Handoff could not update " + step + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
            } finally {
                tick.run();
            }
        }

        /** Nothing to do: the steps are completed all the same, so Jira's progress ends at its count. */
        Outcome skip(int steps) {
            for (int i = 0; i < steps; i++) {
                tick.run();
            }
            return outcome();
        }

        Outcome outcome() {
            return new Outcome(rows, List.copyOf(errors));
        }
    }
}
