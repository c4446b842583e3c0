package dev.handoff.core.ledger;

/** Which side of the service desk wrote a source. */
public enum Party {
    /** Service-desk staff: any author who is not a requester, and every non-public comment. */
    AGENT,
    /** The reporter, or another customer-side person when agents are configured explicitly. */
    REQUESTER
}
