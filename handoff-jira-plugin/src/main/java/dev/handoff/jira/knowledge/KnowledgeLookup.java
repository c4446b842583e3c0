package dev.handoff.jira.knowledge;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import dev.handoff.core.draft.Draft;
import dev.handoff.core.knowledge.DraftKnowledge;
import dev.handoff.core.model.Ticket;

/** The knowledge step as the draft job sees it; never throws for a lookup that failed, it reports it. */
@FunctionalInterface
public interface KnowledgeLookup {

    DraftKnowledge find(Issue issue, ApplicationUser user, Ticket ticket, Draft draft);
}
