package dev.handoff.core.extract;

import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.SourceText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Extracts the environment block (device, OS, application, last change, error string) from a ticket's
 * normalised sources. Every value is an exact span of one source text, with that source's reference
 * narrowed to the span. Jira's own environment field wins for device, OS and application when it is filled;
 * otherwise the affected party's text is read: the description, the summary, the reporter's comments and
 * comments of users who report the same problem. Support's test setups and versions that are only
 * discussed (fixed in, works in, try, target) are left out.
 *
 * <p>Stateless and thread-safe: all patterns are precompiled constants.
 */
public final class EnvironmentExtractor {

    private static final double FIELD_CONFIDENCE = 0.9;
    private static final double OPENING_CONFIDENCE = 0.7;
    private static final double REPORTER_COMMENT_CONFIDENCE = 0.6;
    private static final double OTHER_AFFECTED_CONFIDENCE = 0.5;

    private static final Map<Slot, Integer> MAX_VALUES = Map.of(
            Slot.DEVICE, 3, Slot.OS, 4, Slot.APPLICATION, 8, Slot.LAST_CHANGE, 2, Slot.ERROR_STRING, 5);

    public EnvironmentBlock extract(List<SourceText> sources) {
        if (sources == null || sources.isEmpty()) {
            return EnvironmentBlock.empty();
        }
        if (placeholderOrSpam(sources)) {
            return EnvironmentBlock.empty();
        }
        Person reporter = reporterOf(sources);
        List<Candidate> fieldCandidates = new ArrayList<>();
        List<Candidate> threadCandidates = new ArrayList<>();
        int order = 0;
        for (SourceText s : sources) {
            if (s == null) {
                continue;
            }
            int orderBase = order++ * 10_000_000;
            if (s.ref().kind() == SourceRef.Kind.ENVIRONMENT_FIELD) {
                if (!s.text().isBlank()) {
                    new SourceScanner(s, SourceScanner.Mode.FIELD, FIELD_CONFIDENCE, orderBase, fieldCandidates).scan(true, true);
                }
                continue;
            }
            double base = baseConfidence(s, reporter);
            if (base > 0) {
                new SourceScanner(s, SourceScanner.Mode.AFFECTED, base, orderBase, threadCandidates).scan(true, true);
            }
        }
        fieldCandidates = dropOsInsideApplications(fieldCandidates);
        threadCandidates = dropOsInsideApplications(threadCandidates);
        Map<Slot, List<Evidence>> slots = new EnumMap<>(Slot.class);
        for (Slot slot : Slot.values()) {
            List<Candidate> chosen = ofSlot(fieldCandidates, slot);
            // The field describes the platform; the thread still tells what changed and what the error says.
            if (chosen.isEmpty() || slot == Slot.LAST_CHANGE || slot == Slot.ERROR_STRING) {
                chosen.addAll(ofSlot(threadCandidates, slot));
            }
            if (slot == Slot.OS || slot == Slot.APPLICATION) {
                chosen = dropLaterVersionsOfOpeningProducts(chosen, reporter);
            }
            if (slot == Slot.OS) {
                chosen = dropOtherTargetsThanTheSummarys(chosen);
                chosen = dropVaguerOs(chosen);
            }
            if (slot == Slot.APPLICATION) {
                chosen = dropLoneBrands(chosen);
            }
            slots.put(slot, select(chosen, MAX_VALUES.get(slot)));
        }
        return new EnvironmentBlock(slots);
    }

    /** Spam and test tickets state no environment, even where they name devices and error codes. */
    private static boolean placeholderOrSpam(List<SourceText> sources) {
        for (SourceText s : sources) {
            if (s != null && s.ref().kind() == SourceRef.Kind.SUMMARY) {
                String summary = s.text().strip();
                return summary.length() <= 120 && (Vocabulary.SPAM_SUMMARY.matcher(summary).find()
                        || Vocabulary.PLACEHOLDER_SUMMARY.matcher(summary).matches());
            }
        }
        return false;
    }

    /** The reporter is the author of the description (or summary): the person whose environment is wanted. */
    private static Person reporterOf(List<SourceText> sources) {
        for (SourceRef.Kind kind : new SourceRef.Kind[] {SourceRef.Kind.DESCRIPTION, SourceRef.Kind.SUMMARY}) {
            for (SourceText s : sources) {
                if (s != null && s.ref().kind() == kind) {
                    return s.ref().author();
                }
            }
        }
        return Person.UNKNOWN;
    }

    private static double baseConfidence(SourceText s, Person reporter) {
        return switch (s.ref().kind()) {
            case SUMMARY, DESCRIPTION -> OPENING_CONFIDENCE;
            case COMMENT -> s.ref().author().sameAs(reporter) ? REPORTER_COMMENT_CONFIDENCE
                    : Vocabulary.SAME_PROBLEM.find(s.text()) ? OTHER_AFFECTED_CONFIDENCE : 0;
            default -> 0;
        };
    }

    /**
     * The reporter states the environment when opening the ticket; versions of the same product named later in the
     * thread are mostly what they tried next on advice ("with 6.0.3 it still fails"). A later mention of a product
     * the opening already names, or a bare version when the opening names versions, gives way to the opening.
     */
    private static List<Candidate> dropLaterVersionsOfOpeningProducts(List<Candidate> candidates, Person reporter) {
        java.util.Set<String> versioned = new java.util.HashSet<>();
        java.util.Set<String> bare = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (isOpening(c)) {
                // "ab Android 6", "Android 5.0 and up": a range leaves the exact version open, as a bare name does
                (c.value().chars().anyMatch(Character::isDigit) && !isRange(c) ? versioned : bare).add(productKey(c.value()));
            }
        }
        bare.removeAll(versioned);
        if (versioned.isEmpty() && bare.isEmpty()) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            String product = productKey(c.value());
            boolean later = c.source().ref().kind() == SourceRef.Kind.COMMENT;
            // A product the opening names without a version is still open: the reporter's later "Outlook 2021" answers it.
            boolean settled = product.isEmpty() ? !versioned.isEmpty()
                    : versioned.contains(product) || bare.contains(product) && !c.source().ref().author().sameAs(reporter);
            if (!later || !settled) {
                out.add(c);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern MOBILE_TARGET = java.util.regex.Pattern.compile(
            "(?i)i(?:phone\\s)?os|android|windows\\sphone");

    /**
     * A summary that names the mobile platform where the problem occurs ("... on Android") settles the target; the other
     * platform named bare in the body is a comparison ("On iOS there is canOpenURL", "builds for Android without issues").
     */
    private static List<Candidate> dropOtherTargetsThanTheSummarys(List<Candidate> candidates) {
        java.util.Set<String> summaryTargets = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (c.source().ref().kind() == SourceRef.Kind.SUMMARY && MOBILE_TARGET.matcher(c.value()).lookingAt()) {
                summaryTargets.add(productKey(c.value()));
            }
        }
        if (summaryTargets.isEmpty()) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean bareOtherTarget = MOBILE_TARGET.matcher(c.value()).matches() && !summaryTargets.contains(productKey(c.value()));
            if (!bareOtherTarget) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A diagnostics dump names one OS several ways ("Host OS: Windows 7", "OS=Windows_NT"): a bare family gives way to
     * a versioned value of the same family. A bare number stays ("OS Version: 6.1", "Version = 10.0.17134"): it is
     * the exact kernel or build.
     */
    private static List<Candidate> dropVaguerOs(List<Candidate> os) {
        java.util.Set<String> versioned = new java.util.HashSet<>();
        for (Candidate c : os) {
            if (hasLetter(c.value()) && hasDigit(c.value())) {
                versioned.add(family(c.value()));
            }
        }
        if (versioned.isEmpty()) {
            return os;
        }
        List<Candidate> out = new ArrayList<>(os.size());
        for (Candidate c : os) {
            String v = c.value();
            if (hasDigit(v) || family(v).isEmpty() || !versioned.contains(family(v))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first run of letters: "windows" for "Windows_NT" and "Windows 7". */
    private static String family(String value) {
        int i = 0;
        while (i < value.length() && !Character.isLetter(value.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < value.length() && Character.isLetter(value.charAt(j))) {
            j++;
        }
        return value.substring(i, j).toLowerCase(Locale.ROOT);
    }

    private static boolean hasLetter(String s) {
        return s.chars().anyMatch(Character::isLetter);
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    /** "Windows 8.00" in "SAPGUI for Windows 8.00" is part of the product's name and version, not the OS. */
    private static List<Candidate> dropOsInsideApplications(List<Candidate> candidates) {
        Map<SourceText, List<Candidate>> apps = new java.util.IdentityHashMap<>();
        for (Candidate c : candidates) {
            if (c.slot() == Slot.APPLICATION) {
                apps.computeIfAbsent(c.source(), s -> new ArrayList<>()).add(c);
            }
        }
        if (apps.isEmpty()) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            boolean inside = false;
            if (c.slot() == Slot.OS) {
                for (Candidate a : apps.getOrDefault(c.source(), List.of())) {
                    if (a.start() < c.start() && c.end() <= a.end()) {
                        inside = true;
                        break;
                    }
                }
            }
            if (!inside) {
                out.add(c);
            }
        }
        return out;
    }

    private static final Pattern RANGE_BEFORE = Pattern.compile("(?:^|\\s)(?:ab|from|à partir d(?:e\\s|')|a partir de|desde)\\s?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RANGE_AFTER = Pattern.compile(
            "^\\s(?:or (?:later|higher|newer|above)|and (?:later|higher|newer|above|up)|(?:und|oder) (?:höher|neuer)"
                    + "|ou (?:plus|supérieur)|(?:o|y) (?:superior|posterior)(?:es)?)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean isRange(Candidate c) {
        String text = c.source().text();
        return c.value().endsWith("+") || RANGE_BEFORE.matcher(text).region(Math.max(0, c.start() - 14), c.start()).find()
                || RANGE_AFTER.matcher(text).region(c.end(), Math.min(text.length(), c.end() + 20)).lookingAt();
    }

    private static boolean isOpening(Candidate c) {
        SourceRef.Kind k = c.source().ref().kind();
        return k == SourceRef.Kind.SUMMARY || k == SourceRef.Kind.DESCRIPTION;
    }

    /** The product a value names, without versions and punctuation: "Titanium SDK 3.5.1.GA" gives "titanium sdk". */
    static String productKey(String value) {
        StringBuilder sb = new StringBuilder();
        for (String w : value.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty() || w.equals("v") || w.equals("ga") || w.equals("version") || w.equals("build") || w.startsWith("rc")
                    || w.startsWith("beta")) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(w);
        }
        return sb.toString();
    }

    /**
     * A bare brand ("Titanium", "Appcelerator") is often a general remark; it stands for the application only
     * when nothing more specific was found.
     */
    private static List<Candidate> dropLoneBrands(List<Candidate> apps) {
        List<Candidate> specific = new ArrayList<>();
        for (Candidate c : apps) {
            if (!BRAND.matcher(c.value()).matches()) {
                specific.add(c);
            }
        }
        return specific.isEmpty() ? apps : specific;
    }

    private static final java.util.regex.Pattern BRAND = java.util.regex.Pattern.compile(
            "(?i)titanium|appcelerator|ti|appc");

    private static List<Candidate> ofSlot(List<Candidate> all, Slot slot) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : all) {
            if (c.slot() == slot) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * One value per distinct mention: exact repeats collapse, and a value contained in a more specific one
     * ("Android" in "Android 4.2.2") gives way to it. The most confident values survive the cap.
     */
    private static List<Evidence> select(List<Candidate> candidates, int max) {
        // Exact repeats first, through a map: a long thread repeats the same values hundreds of times.
        Map<String, Candidate> distinct = new java.util.LinkedHashMap<>();
        for (Candidate c : candidates) {
            distinct.merge(key(c.value()), c, (a, b) -> better(b, a) ? b : a);
        }
        List<Candidate> sorted = new ArrayList<>(distinct.values());
        sorted.sort(Comparator.comparingDouble(Candidate::confidence).reversed().thenComparingInt(Candidate::order));
        List<Candidate> kept = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.size() >= max * 3) {
                break; // enough survivors to fill the slot; comparing hundreds of log values pairwise is quadratic
            }
            String key = key(c.value());
            boolean covered = false;
            for (int i = 0; i < kept.size() && !covered; i++) {
                String k = keys.get(i);
                if (c.slot() == Slot.LAST_CHANGE && sameVersion(k, key)) {
                    covered = true; // "after updating to Studio 3.1.2" and "Just updated to Titanium Studio 3.1.2": one event
                } else if (containsAtBoundary(k, key)) {
                    covered = true;
                } else if (containsAtBoundary(key, k)) {
                    // The more specific value replaces the one it contains, keeping the better confidence.
                    Candidate old = kept.get(i);
                    kept.set(i, old.confidence() > c.confidence()
                            ? new Candidate(c.slot(), c.source(), c.start(), c.end(), old.confidence(), old.order()) : c);
                    keys.set(i, key);
                    covered = true;
                }
            }
            if (!covered) {
                kept.add(c);
                keys.add(key);
            }
        }
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < kept.size() && out.size() < max; i++) {
            Candidate c = kept.get(i);
            out.add(new Evidence(c.value(), c.source().at(c.start(), c.end()), c.confidence()));
        }
        return out;
    }

    /** Both name the same target version (the last dotted one): one change told twice. */
    private static boolean sameVersion(String a, String b) {
        String v = dottedVersion(a);
        return v != null && v.equals(dottedVersion(b));
    }

    private static String dottedVersion(String s) {
        String last = null;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '.')) {
                int j = i;
                boolean dotted = false;
                while (j < s.length() && (Character.isDigit(s.charAt(j))
                        || s.charAt(j) == '.' && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1)))) {
                    dotted |= s.charAt(j) == '.';
                    j++;
                }
                if (dotted) {
                    last = s.substring(i, j);
                }
                i = j;
            }
        }
        return last;
    }

    private static boolean better(Candidate a, Candidate b) {
        return a.confidence() > b.confidence() || a.confidence() == b.confidence() && a.order() < b.order();
    }

    static String key(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** {@code outer} contains {@code inner} with no letter or digit (or version dot) glued to either side. */
    static boolean containsAtBoundary(String outer, String inner) {
        if (inner.isEmpty()) {
            return false;
        }
        int from = 0;
        while (true) {
            int i = outer.indexOf(inner, from);
            if (i < 0) {
                return false;
            }
            int j = i + inner.length();
            boolean left = i == 0 || !glued(outer, i - 1, true);
            boolean right = j == outer.length() || !glued(outer, j, false);
            if (left && right) {
                return true;
            }
            from = i + 1;
        }
    }

    private static boolean glued(String s, int i, boolean leftSide) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        if (c == '.') {
            int k = leftSide ? i - 1 : i + 1;
            return k >= 0 && k < s.length() && Character.isLetterOrDigit(s.charAt(k));
        }
        return false;
    }
}
