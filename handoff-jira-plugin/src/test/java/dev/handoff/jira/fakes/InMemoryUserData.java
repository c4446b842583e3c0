package dev.handoff.jira.fakes;

import dev.handoff.jira.users.UserDataStore;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The store contract over maps of row id to value, per column. Columns can be told to fail, and writes are counted,
 * so a test sees batches and idempotence.
 */
public final class InMemoryUserData implements UserDataStore {

    public final Map<KeyColumn, TreeMap<Integer, String>> keys = new EnumMap<>(KeyColumn.class);
    public final Map<TextColumn, TreeMap<Integer, String>> texts = new EnumMap<>(TextColumn.class);
    public final Set<Enum<?>> failing = new HashSet<>();
    public final List<Integer> keyBatches = new ArrayList<>();
    public int textWrites;

    public InMemoryUserData() {
        for (KeyColumn c : KeyColumn.values()) {
            keys.put(c, new TreeMap<>());
        }
        for (TextColumn c : TextColumn.values()) {
            texts.put(c, new TreeMap<>());
        }
    }

    public InMemoryUserData key(KeyColumn column, int id, String userKey) {
        keys.get(column).put(id, userKey);
        return this;
    }

    public InMemoryUserData text(TextColumn column, int id, String value) {
        texts.get(column).put(id, value);
        return this;
    }

    public String text(TextColumn column, int id) {
        return texts.get(column).get(id);
    }

    private void check(Enum<?> column) {
        if (failing.contains(column)) {
            throw new IllegalStateException("database unavailable");
        }
    }

    @Override
    public int count(KeyColumn column, String userKey) {
        return (int) keys.get(column).values().stream().filter(userKey::equals).count();
    }

    @Override
    public int replaceKey(KeyColumn column, String from, String to, int limit) {
        check(column);
        List<Integer> ids = keys.get(column).entrySet().stream().filter(e -> from.equals(e.getValue()))
                .limit(limit).map(Map.Entry::getKey).toList();
        ids.forEach(id -> keys.get(column).put(id, to));
        keyBatches.add(ids.size());
        return ids.size();
    }

    @Override
    public int countContaining(TextColumn column, String fragment) {
        return (int) texts.get(column).values().stream().filter(v -> v != null && v.contains(fragment)).count();
    }

    @Override
    public List<Text> containing(TextColumn column, String fragment, int afterId, int limit) {
        check(column);
        return texts.get(column).tailMap(afterId, false).entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().contains(fragment)).limit(limit)
                .map(e -> new Text(e.getKey(), e.getValue())).toList();
    }

    @Override
    public void write(TextColumn column, List<Text> values) {
        check(column);
        values.forEach(t -> texts.get(column).put(t.id(), t.value()));
        textWrites += values.size();
    }

    /** Every value of every column, for "the name is gone everywhere". */
    public List<String> everything() {
        List<String> all = new ArrayList<>();
        keys.values().forEach(m -> all.addAll(m.values()));
        texts.values().forEach(m -> all.addAll(m.values()));
        return all;
    }
}
