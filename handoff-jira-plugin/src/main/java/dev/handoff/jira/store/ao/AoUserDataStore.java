package dev.handoff.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.handoff.jira.users.UserDataStore;
import net.java.ao.Entity;
import net.java.ao.Query;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The user-bearing columns of Handoff's tables. Text is found with {@code LIKE ... ESCAPE '!'} (an escape character
 * every supported database reads the same way; a backslash is not), a candidate filter only: the caller decides
 * what really matches. No user column is indexed, so each search scans its table; anonymisation is rare and runs in
 * Jira's background task.
 */
@Named
public class AoUserDataStore implements UserDataStore {

    /** One column of one entity, with its accessors. */
    private record Column<E extends Entity>(Class<E> type, String name, Function<E, String> get, BiConsumer<E, String> set) {
    }

    private static final Map<KeyColumn, Column<?>> KEYS = new EnumMap<>(Map.of(
            KeyColumn.ESCALATION_REQUESTER, new Column<>(EscalationEntity.class, "USER_KEY", EscalationEntity::getUserKey, EscalationEntity::setUserKey),
            KeyColumn.DRAFT_DECIDER, new Column<>(DraftEntity.class, "DECIDED_BY", DraftEntity::getDecidedBy, DraftEntity::setDecidedBy),
            KeyColumn.AUDIT_ACTOR, new Column<>(AuditEntity.class, "USER_KEY", AuditEntity::getUserKey, AuditEntity::setUserKey),
            KeyColumn.METRIC_ACTOR, new Column<>(MetricEntity.class, "USER_KEY", MetricEntity::getUserKey, MetricEntity::setUserKey),
            KeyColumn.KNOWLEDGE_EDITOR, new Column<>(KnowledgeSourceEntity.class, "UPDATED_BY", KnowledgeSourceEntity::getUpdatedBy,
                    KnowledgeSourceEntity::setUpdatedBy)));

    private static final Map<TextColumn, Column<?>> TEXTS = new EnumMap<>(Map.of(
            TextColumn.DRAFT_JSON, new Column<>(DraftEntity.class, "DRAFT_JSON", DraftEntity::getDraftJson, DraftEntity::setDraftJson),
            TextColumn.DRAFT_PROSE, new Column<>(DraftEntity.class, "PROSE_JSON", DraftEntity::getProseJson, DraftEntity::setProseJson),
            TextColumn.DRAFT_KNOWLEDGE, new Column<>(DraftEntity.class, "KNOWLEDGE_JSON", DraftEntity::getKnowledgeJson,
                    DraftEntity::setKnowledgeJson),
            TextColumn.DRAFT_NOTE, new Column<>(DraftEntity.class, "DECISION_NOTE", DraftEntity::getDecisionNote, DraftEntity::setDecisionNote),
            TextColumn.DRAFT_APPROVED_TEXT, new Column<>(DraftEntity.class, "APPROVED_TEXT", DraftEntity::getApprovedText, DraftEntity::setApprovedText),
            TextColumn.AUDIT_DIFF, new Column<>(AuditEntity.class, "DIFF", AuditEntity::getDiff, AuditEntity::setDiff),
            TextColumn.AUDIT_REASON, new Column<>(AuditEntity.class, "REASON", AuditEntity::getReason, AuditEntity::setReason),
            TextColumn.METRIC_DETAIL, new Column<>(MetricEntity.class, "DETAIL", MetricEntity::getDetail, MetricEntity::setDetail)));

    private final ActiveObjects ao;

    @Inject
    public AoUserDataStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public int count(KeyColumn column, String userKey) {
        Column<?> c = KEYS.get(column);
        return ao.count(c.type(), c.name() + " = ?", userKey);
    }

    @Override
    public int replaceKey(KeyColumn column, String from, String to, int limit) {
        return replaceKey(KEYS.get(column), from, to, limit);
    }

    private <E extends Entity> int replaceKey(Column<E> c, String from, String to, int limit) {
        return ao.executeInTransaction(() -> {
            E[] rows = ao.find(c.type(), Query.select().where(c.name() + " = ?", from).limit(limit));
            for (E row : rows) {
                c.set().accept(row, to);
                row.save();
            }
            return rows.length;
        });
    }

    @Override
    public int countContaining(TextColumn column, String fragment) {
        Column<?> c = TEXTS.get(column);
        return ao.count(c.type(), c.name() + " LIKE ? ESCAPE '!'", likePattern(fragment));
    }

    @Override
    public List<Text> containing(TextColumn column, String fragment, int afterId, int limit) {
        return containing(TEXTS.get(column), fragment, afterId, limit);
    }

    private <E extends Entity> List<Text> containing(Column<E> c, String fragment, int afterId, int limit) {
        E[] rows = ao.find(c.type(), Query.select().where("ID > ? AND " + c.name() + " LIKE ? ESCAPE '!'", afterId, likePattern(fragment))
                .order("ID ASC").limit(limit));
        List<Text> out = new ArrayList<>(rows.length);
        for (E row : rows) {
            out.add(new Text(row.getID(), c.get().apply(row)));
        }
        return out;
    }

    @Override
    public void write(TextColumn column, List<Text> values) {
        write(TEXTS.get(column), values);
    }

    private <E extends Entity> void write(Column<E> c, List<Text> values) {
        ao.executeInTransaction(() -> {
            for (Text t : values) {
                E row = ao.get(c.type(), t.id());
                if (row != null) {
                    c.set().accept(row, t.value());
                    row.save();
                }
            }
            return null;
        });
    }

    /** {@code %fragment%} with the fragment's LIKE wildcards ({@code % _}, and {@code [} for SQL Server) escaped by '!'. */
    static String likePattern(String fragment) {
        StringBuilder sb = new StringBuilder("%");
        for (char ch : fragment.toCharArray()) {
            if (ch == '!' || ch == '%' || ch == '_' || ch == '[') {
                sb.append('!');
            }
            sb.append(ch);
        }
        return sb.append('%').toString();
    }
}
