package dev.handoff.jira.users;

import java.util.List;

/**
 * Where Handoff's tables mention a Jira user: columns that hold a user key, and text columns that may hold a user's
 * name (drafts cite comment authors by display name, and people type names into decisions and reasons). Every
 * method runs on its own; a write of several rows is one transaction, so a batch is applied whole or not at all.
 */
public interface UserDataStore {

    /** Columns whose whole value is a Jira user key. */
    enum KeyColumn { ESCALATION_REQUESTER, DRAFT_DECIDER, AUDIT_ACTOR, METRIC_ACTOR, KNOWLEDGE_EDITOR }

    /** Columns of text that may name a user. The first three hold JSON (knowledge: who resolved a similar ticket). */
    enum TextColumn {
        DRAFT_JSON(true), DRAFT_PROSE(true), DRAFT_KNOWLEDGE(true), DRAFT_NOTE(false), DRAFT_APPROVED_TEXT(false), AUDIT_DIFF(false),
        AUDIT_REASON(false), METRIC_DETAIL(false);

        private final boolean json;

        TextColumn(boolean json) {
            this.json = json;
        }

        public boolean json() {
            return json;
        }
    }

    /** One row's value of a text column. */
    record Text(int id, String value) {
    }

    int count(KeyColumn column, String userKey);

    /** Sets up to {@code limit} rows holding {@code from} to {@code to}; returns how many (0: none left). */
    int replaceKey(KeyColumn column, String from, String to, int limit);

    /** Rows whose value contains {@code fragment} literally (no wildcards). */
    int countContaining(TextColumn column, String fragment);

    /** Up to {@code limit} rows after row {@code afterId} whose value contains {@code fragment}, by id. */
    List<Text> containing(TextColumn column, String fragment, int afterId, int limit);

    /** Writes the values, all in one transaction. */
    void write(TextColumn column, List<Text> values);
}
