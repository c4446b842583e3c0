package dev.handoff.jira.settings;

import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.core.redact.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.List;

/**
 * The redactor every draft, validation and approved text goes through: the built-in detectors plus the admin's extra
 * patterns ({@code name=regex} lines). Rebuilt only when the patterns change; a line that is not {@code name=regex}
 * or does not compile is skipped with a warning (the admin screen refuses such lines, so this only catches edits
 * made around it), and never stops drafting.
 */
@Named
public class RedactionPolicy {

    private static final Logger log = LoggerFactory.getLogger(RedactionPolicy.class);

    private final HandoffSettings settings;
    private volatile Built built = new Built(List.of(), Redactor.defaults());

    private record Built(List<String> lines, Redactor redactor) {
    }

    @Inject
    public RedactionPolicy(HandoffSettings settings) {
        this.settings = settings;
    }

    public Redactor redactor() {
        List<String> lines = settings.extraRedactionPatterns();
        Built current = built;
        if (!current.lines().equals(lines)) {
            current = new Built(lines, build(lines));
            built = current;
        }
        return current.redactor();
    }

    public EscalationPipeline pipeline() {
        return EscalationPipeline.withRedactor(redactor());
    }

    static Redactor build(List<String> lines) {
        Redactor.Builder builder = Redactor.builder();
        for (String line : lines) {
            int eq = line.indexOf('=');
            String name = eq > 0 ? line.substring(0, eq).strip() : "";
            if (!name.matches("[A-Za-z][A-Za-z0-9_-]{0,39}")) {
                log.warn("Handoff skips the extra redaction pattern named '{}': a name is 1-40 letters, digits, - or _", name);
                continue;
            }
            try {
                builder.addPattern(name, line.substring(eq + 1).strip());
            } catch (IllegalArgumentException e) { // a bad regex (PatternSyntaxException) or a duplicate name
                log.warn("Handoff skips the extra redaction pattern '{}': {}", name, e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return builder.build();
    }
}
