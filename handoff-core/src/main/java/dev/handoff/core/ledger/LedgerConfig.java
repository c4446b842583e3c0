package dev.handoff.core.ledger;

import java.util.Objects;
import java.util.Set;

/**
 * Who counts as an agent. With no agent keys every author but the reporter is an agent (right for
 * most service desks); with keys, only those users are agents and everyone else is customer side,
 * which is right when colleagues of the reporter join the thread.
 */
public record LedgerConfig(Set<String> agentKeys) {

    public static final LedgerConfig DEFAULT = new LedgerConfig(Set.of());

    public LedgerConfig {
        agentKeys = Set.copyOf(Objects.requireNonNullElse(agentKeys, Set.of()));
    }
}
