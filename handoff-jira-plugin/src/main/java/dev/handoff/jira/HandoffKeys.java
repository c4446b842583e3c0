package dev.handoff.jira;

/**
 * Identifiers customers' data depends on. Workflows store the plugin key + module key of our
 * post-function, Active Objects derives table names from the namespace, and stored function
 * arguments use these names: renaming any of them orphans configuration or tables. A test holds
 * them against {@code frozen-identifiers.properties}.
 */
public final class HandoffKeys {

    public static final String PLUGIN_KEY = "dev.handoff.jira";
    public static final String AO_NAMESPACE = "dev.handoff.jira";
    public static final String WORKFLOW_FUNCTION_MODULE = "handoff-draft-escalation-function";
    public static final String WORKFLOW_VALIDATOR_MODULE = "handoff-context-complete-validator";
    public static final String ARG_TARGET_TIER = "handoff.targetTier";
    public static final String ARG_POST_AS_COMMENT = "handoff.postAsComment";
    public static final String DRAFT_JOB_RUNNER = "dev.handoff.jira.draft-job";
    public static final String REST_BASE = "/handoff/1.0";
    public static final String I18N_PREFIX = "handoff.";

    private HandoffKeys() {
    }
}
