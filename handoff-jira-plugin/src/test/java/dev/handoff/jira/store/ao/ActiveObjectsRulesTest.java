package dev.handoff.jira.store.ao;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Active Objects' rules, checked on our entities before a database sees them (reference §7.4): table and
 * column names within 30 characters including the {@code AO_xxxxxx_} prefix, no reserved words, long text
 * unlimited and never indexed.
 */
class ActiveObjectsRulesTest {

    /** "AO_" + six hex digits of the namespace hash + "_". */
    private static final int PREFIX = 10;
    private static final Set<String> RESERVED = Set.of("BLOB", "CLOB", "NUMBER", "ROWID", "TIMESTAMP", "VARCHAR2",
            "USER", "ORDER", "GROUP", "SELECT", "TABLE", "KEY", "DATE", "LEVEL", "SIZE", "VALUE", "COMMENT", "INDEX");

    @ParameterizedTest
    @ValueSource(classes = {EscalationEntity.class, DraftEntity.class, AuditEntity.class, MetricEntity.class,
            KnowledgeSourceEntity.class, KnowledgeDocEntity.class})
    void entityFollowsActiveObjectsNamingAndTypeRules(Class<?> entity) {
        String table = entity.isAnnotationPresent(Table.class) ? entity.getAnnotation(Table.class).value() : entity.getSimpleName();
        assertThat(PREFIX + upperUnderscore(table).length()).as("table name of %s", entity.getSimpleName()).isLessThanOrEqualTo(30);
        assertThat(RESERVED).as("table name").doesNotContain(upperUnderscore(table));
        List<String> columns = new ArrayList<>();
        for (Method m : entity.getDeclaredMethods()) {
            String name = m.getName();
            if (!(name.startsWith("get") || name.startsWith("is")) || m.getParameterCount() != 0) {
                continue;
            }
            String column = upperUnderscore(name.startsWith("get") ? name.substring(3) : name.substring(2));
            columns.add(column);
            assertThat(column.length()).as("column %s of %s", column, entity.getSimpleName()).isLessThanOrEqualTo(30);
            assertThat(RESERVED).as("column of %s", entity.getSimpleName()).doesNotContain(column);
            if (m.getReturnType() == String.class) {
                StringLength length = m.getAnnotation(StringLength.class);
                assertThat(length).as("String column %s declares its length", column).isNotNull();
                boolean unlimited = length.value() == StringLength.UNLIMITED;
                assertThat(unlimited || length.value() <= StringLength.MAX_LENGTH).as("length of %s", column).isTrue();
                if (unlimited) {
                    assertThat(m.isAnnotationPresent(Indexed.class)).as("unlimited text %s is not indexed", column).isFalse();
                }
            }
        }
        assertThat(columns).doesNotHaveDuplicates().isNotEmpty();
    }

    static String upperUnderscore(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
