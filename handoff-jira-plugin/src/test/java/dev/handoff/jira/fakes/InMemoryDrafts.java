package dev.handoff.jira.fakes;

import dev.handoff.core.draft.Draft;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.prose.ProseResult;
import dev.handoff.jira.draft.DraftRepository;
import dev.handoff.jira.draft.StoredDraft;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The draft repository contract in memory. */
public final class InMemoryDrafts implements DraftRepository {

    public final List<StoredDraft> rows = new ArrayList<>();

    @Override
    public synchronized StoredDraft addOnce(long issueId, int escalationSequence, Draft draft, ProseResult prose,
                                            DraftKnowledge knowledge) {
        Optional<StoredDraft> existing = rows.stream()
                .filter(d -> d.issueId() == issueId && d.escalationSequence() == escalationSequence).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        int version = (int) rows.stream().filter(d -> d.issueId() == issueId).count() + 1;
        StoredDraft s = new StoredDraft(issueId, version, escalationSequence, draft, prose, StoredDraft.State.READY, null, null, null, null,
                knowledge);
        rows.add(s);
        return s;
    }

    @Override
    public synchronized Optional<StoredDraft> latest(long issueId) {
        return rows.stream().filter(d -> d.issueId() == issueId).reduce((a, b) -> b);
    }

    @Override
    public synchronized Optional<StoredDraft> find(long issueId, int version) {
        return rows.stream().filter(d -> d.issueId() == issueId && d.version() == version).findFirst();
    }

    @Override
    public synchronized int deleteForEscalation(long issueId, int escalationSequence) {
        int before = rows.size();
        rows.removeIf(d -> d.issueId() == issueId && d.escalationSequence() == escalationSequence);
        return before - rows.size();
    }

    @Override
    public synchronized int deleteForIssue(long issueId) {
        int before = rows.size();
        rows.removeIf(d -> d.issueId() == issueId);
        return before - rows.size();
    }

    @Override
    public synchronized StoredDraft decide(long issueId, int version, StoredDraft.State decision, String userKey, Instant at,
                                           String note, String approvedText) {
        StoredDraft d = find(issueId, version).orElseThrow();
        StoredDraft decided = new StoredDraft(issueId, version, d.escalationSequence(), d.draft(), d.prose(), decision, userKey, at, note, approvedText,
                d.knowledge());
        rows.set(rows.indexOf(d), decided);
        return decided;
    }
}
