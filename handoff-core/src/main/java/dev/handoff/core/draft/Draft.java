package dev.handoff.core.draft;

import dev.handoff.core.ledger.ThreadLedger;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.EnvironmentBlock;
import dev.handoff.core.model.Evidence;
import dev.handoff.core.model.Slot;
import dev.handoff.core.model.SourceRef;
import dev.handoff.core.model.Visibility;
import dev.handoff.core.summary.Summary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * An escalation note before rendering: every fact with its source, so it can be cut down per viewer
 * ({@link #visibleTo}) and printed with references. Immutable.
 *
 * @param redactions kinds of redacted values and how many of each, e.g. {@code {"email": 2}}
 * @param sources    every source reference the facts rest on, in thread order, without duplicates
 */
public record Draft(String ticketKey, Audience audience, int targetTier, Instant created, Summary summary,
                    EnvironmentBlock environment, List<Slot> missingSlots, ThreadLedger ledger,
                    Map<String, Integer> redactions, List<SourceRef> sources) {

    public Draft {
        Objects.requireNonNull(ticketKey, "ticketKey");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(created, "created");
        if (targetTier < 1 || targetTier > 3) {
            throw new IllegalArgumentException("target tier must be 1, 2 or 3, got " + targetTier);
        }
        summary = summary == null ? Summary.empty() : summary;
        environment = environment == null ? EnvironmentBlock.empty() : environment;
        ledger = ledger == null ? ThreadLedger.empty() : ledger;
        EnumSet<Slot> missing = EnumSet.noneOf(Slot.class);
        missing.addAll(missingSlots == null ? environment.missing() : missingSlots);
        missingSlots = List.copyOf(missing);
        TreeMap<String, Integer> r = new TreeMap<>();
        (redactions == null ? Map.<String, Integer>of() : redactions).forEach((k, v) -> {
            if (v == null || v < 0) {
                throw new IllegalArgumentException("redaction count for " + k + " must be >= 0, got " + v);
            }
            r.put(Objects.requireNonNull(k, "redaction kind"), v);
        });
        redactions = Collections.unmodifiableMap(r); // sorted by kind: stable output
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    /** A draft whose missing slots and source list are derived from its facts. */
    public static Draft of(String ticketKey, Audience audience, int targetTier, Instant created, Summary summary,
                           EnvironmentBlock environment, ThreadLedger ledger, Map<String, Integer> redactions) {
        EnvironmentBlock env = environment == null ? EnvironmentBlock.empty() : environment;
        Summary s = summary == null ? Summary.empty() : summary;
        ThreadLedger l = ledger == null ? ThreadLedger.empty() : ledger;
        return new Draft(ticketKey, audience, targetTier, created, s, env, env.missing(), l, redactions, sourcesOf(s, env, l));
    }

    /**
     * This draft as one viewer may see it: every fact with a source the viewer may not see is
     * dropped, and an environment slot left without evidence becomes missing. The redaction counts
     * stay: they name kinds and numbers only, never values.
     */
    public Draft visibleTo(Predicate<Visibility> viewerCanSee) {
        Objects.requireNonNull(viewerCanSee, "viewerCanSee");
        Predicate<SourceRef> canSee = ref -> viewerCanSee.test(ref.visibility());
        Map<Slot, List<Evidence>> slots = new EnumMap<>(Slot.class);
        environment.slots().forEach((slot, list) -> slots.put(slot, list.stream().filter(e -> canSee.test(e.source())).toList()));
        EnvironmentBlock env = new EnvironmentBlock(slots);
        EnumSet<Slot> missing = EnumSet.noneOf(Slot.class);
        missing.addAll(missingSlots);
        missing.addAll(env.missing());
        Summary s = summary.visibleTo(canSee);
        ThreadLedger l = ledger.visibleTo(canSee);
        return new Draft(ticketKey, audience, targetTier, created, s, env, List.copyOf(missing), l, redactions,
                sources.stream().filter(canSee).toList());
    }

    private static List<SourceRef> sourcesOf(Summary summary, EnvironmentBlock env, ThreadLedger ledger) {
        Set<SourceRef> all = new LinkedHashSet<>(summary.sources());
        env.slots().values().forEach(list -> list.forEach(e -> all.add(e.source())));
        all.addAll(ledger.sources());
        List<SourceRef> out = new ArrayList<>(all);
        out.sort(Comparator.comparingLong((SourceRef r) -> r.kind() == SourceRef.Kind.COMMENT ? 1000L + r.commentNumber() : r.kind().ordinal())
                .thenComparingInt(SourceRef::start));
        return out;
    }
}
