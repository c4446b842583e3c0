package dev.handoff.jira.permission;

import java.util.Objects;

/**
 * The Jira group names that make a user a tier-1/2/3 agent or an approver. Stored in SAL global plugin
 * settings under {@link #KEY_TIER1} etc.; a missing or blank setting means the default name.
 */
public record TierSettings(String tier1Group, String tier2Group, String tier3Group, String approversGroup) {

    public static final String KEY_TIER1 = "handoff.tiers.tier1Group";
    public static final String KEY_TIER2 = "handoff.tiers.tier2Group";
    public static final String KEY_TIER3 = "handoff.tiers.tier3Group";
    public static final String KEY_APPROVERS = "handoff.tiers.approversGroup";

    public static final TierSettings DEFAULTS =
            new TierSettings("handoff-tier1", "handoff-tier2", "handoff-tier3", "handoff-approvers");

    public TierSettings {
        Objects.requireNonNull(tier1Group, "tier1Group");
        Objects.requireNonNull(tier2Group, "tier2Group");
        Objects.requireNonNull(tier3Group, "tier3Group");
        Objects.requireNonNull(approversGroup, "approversGroup");
    }

    /** The group whose members are agents of {@code tier} (1..3). */
    public String groupOf(int tier) {
        return switch (tier) {
            case 1 -> tier1Group;
            case 2 -> tier2Group;
            case 3 -> tier3Group;
            default -> throw new IllegalArgumentException("tier must be 1..3, got " + tier);
        };
    }
}
