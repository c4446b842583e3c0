package dev.handoff.search.confluence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The Confluence spaces an administrator approved, each with the lowest agent tier allowed to read its
 * pages. Nothing outside this list is ever searched or returned.
 */
public final class ApprovedSpaces {

    /**
     * Global keys are letters and digits, personal spaces are {@code ~username}; underscore is allowed
     * for older instances. Anything else (quotes, spaces, parentheses) could not be a key and could
     * change the meaning of the CQL it is put in, so it is refused.
     */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_~]{1,255}");

    private final Map<String, Integer> tiers;

    private ApprovedSpaces(Map<String, Integer> tiers) {
        this.tiers = Collections.unmodifiableMap(new TreeMap<>(tiers));
    }

    /** Space key to tier (1-3); throws on a key or tier that is not valid. */
    public static ApprovedSpaces of(Map<String, Integer> tiers) {
        TreeMap<String, Integer> checked = new TreeMap<>();
        tiers.forEach((key, tier) -> {
            if (key == null || !KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("not a Confluence space key: '" + key + "' (letters, digits, _ and ~ only)");
            }
            if (tier == null || tier < 1 || tier > 3) {
                throw new IllegalArgumentException("tier of space " + key + " must be 1, 2 or 3, got " + tier);
            }
            checked.put(key, tier);
        });
        return new ApprovedSpaces(checked);
    }

    /** {@code KEY:TIER[,KEY:TIER...]}, e.g. {@code OPS:1,NET:2}; a key listed twice is an error. */
    public static ApprovedSpaces parse(String spec) {
        TreeMap<String, Integer> tiers = new TreeMap<>();
        for (String item : (spec == null ? "" : spec).split(",")) {
            String s = item.strip();
            if (s.isEmpty()) {
                continue;
            }
            int colon = s.lastIndexOf(':');
            if (colon <= 0 || colon == s.length() - 1) {
                throw new IllegalArgumentException("expected KEY:TIER, got '" + s + "'");
            }
            String key = s.substring(0, colon).strip();
            int tier;
            try {
                tier = Integer.parseInt(s.substring(colon + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("tier of space " + key + " must be 1, 2 or 3");
            }
            if (tiers.put(key, tier) != null) {
                throw new IllegalArgumentException("space " + key + " listed twice");
            }
        }
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("no space approved");
        }
        return of(tiers);
    }

    /** The tier of an approved space; empty for any other key (compared exactly, as Confluence stores it). */
    public OptionalInt tierOf(String key) {
        Integer t = key == null ? null : tiers.get(key);
        return t == null ? OptionalInt.empty() : OptionalInt.of(t);
    }

    /** Keys readable at {@code maxTier}, in key order, so the CQL for a given tier is always the same. */
    public List<String> readableAt(int maxTier) {
        List<String> out = new ArrayList<>();
        tiers.forEach((key, tier) -> {
            if (tier <= maxTier) {
                out.add(key);
            }
        });
        return out;
    }

    public Map<String, Integer> asMap() {
        return tiers;
    }
}
