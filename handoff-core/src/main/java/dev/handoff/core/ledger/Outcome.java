package dev.handoff.core.ledger;

/** What a step tier 1 tried did to the problem. */
public enum Outcome {
    /** The step made it work ("works now", "fixed"). */
    SOLVED,
    /** The step changed nothing ("no change", "still fails"). */
    NO_CHANGE,
    /** Better for a while or for some ("works now for a day"). */
    PARTIAL,
    /** The thread does not say. */
    UNKNOWN
}
