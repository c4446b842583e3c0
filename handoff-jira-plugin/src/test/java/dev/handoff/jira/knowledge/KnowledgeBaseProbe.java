package dev.handoff.jira.knowledge;

import dev.handoff.search.KnowledgeQuery;

import java.time.Clock;

/** Lets tests outside this package make a node build its index, as its first search would. */
public final class KnowledgeBaseProbe {

    private KnowledgeBaseProbe() {
    }

    public static void searchOn(KnowledgeStore store, KnowledgeNodes node) {
        new KnowledgeBase(store, node, Clock.systemUTC()).search(KnowledgeQuery.of("anything"), 3, 1);
    }
}
