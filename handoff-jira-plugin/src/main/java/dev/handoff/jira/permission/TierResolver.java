package dev.handoff.jira.permission;

import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * A user's support tier, from Jira group membership.
 *
 * <ul>
 *   <li><b>Agent tier</b> ({@link #agentTier}): 3, 2 or 1 for a member of the tier-3, tier-2 or tier-1 group
 *       (the highest group wins), 0 for everybody else and for anonymous.</li>
 *   <li><b>Approver</b> ({@link #isApprover}): member of the approvers group.</li>
 *   <li><b>Admin</b> ({@link #isAdmin}): Jira administrator ({@code GlobalPermissionKey.ADMINISTER}).</li>
 *   <li><b>Viewing tier</b> ({@link #viewingTier}): 3 for admins and approvers (they review drafts of every tier),
 *       the agent tier otherwise.</li>
 * </ul>
 *
 * Group names come from SAL global plugin settings ({@link TierSettings} keys {@code handoff.tiers.*}); a missing,
 * blank or non-text setting means the default ({@code handoff-tier1}, {@code handoff-tier2}, {@code handoff-tier3},
 * {@code handoff-approvers}). Settings are read per call, so an admin's change applies at once on every node.
 */
@Named
public class TierResolver {

    private final PluginSettingsFactory pluginSettingsFactory;
    private final GroupManager groupManager;
    private final GlobalPermissionManager globalPermissionManager;
    private final PermissionKeys keys;

    @Inject
    public TierResolver(@ComponentImport PluginSettingsFactory pluginSettingsFactory,
                        @ComponentImport GroupManager groupManager,
                        @ComponentImport GlobalPermissionManager globalPermissionManager,
                        PermissionKeys keys) {
        this.pluginSettingsFactory = pluginSettingsFactory;
        this.groupManager = groupManager;
        this.globalPermissionManager = globalPermissionManager;
        this.keys = keys;
    }

    /** The configured group names, defaults where nothing (or nothing usable) is stored. */
    public TierSettings settings() {
        PluginSettings s = pluginSettingsFactory.createGlobalSettings();
        TierSettings d = TierSettings.DEFAULTS;
        if (s == null) {
            return d;
        }
        return new TierSettings(
                text(s, TierSettings.KEY_TIER1, d.tier1Group()),
                text(s, TierSettings.KEY_TIER2, d.tier2Group()),
                text(s, TierSettings.KEY_TIER3, d.tier3Group()),
                text(s, TierSettings.KEY_APPROVERS, d.approversGroup()));
    }

    /** 0 (not an agent, or anonymous), 1, 2 or 3: the highest tier group the user is in. */
    public int agentTier(ApplicationUser user) {
        if (user == null) {
            return 0;
        }
        TierSettings s = settings();
        for (int tier = 3; tier >= 1; tier--) {
            if (groupManager.isUserInGroup(user, s.groupOf(tier))) {
                return tier;
            }
        }
        return 0;
    }

    public boolean isApprover(ApplicationUser user) {
        return user != null && groupManager.isUserInGroup(user, settings().approversGroup());
    }

    public boolean isAdmin(ApplicationUser user) {
        return user != null && globalPermissionManager.hasPermission(keys.administer(), user);
    }

    /** The tier a user views drafts as: 3 for admins and approvers, the agent tier otherwise (0 for anonymous). */
    public int viewingTier(ApplicationUser user) {
        if (user == null) {
            return 0;
        }
        if (isAdmin(user) || isApprover(user)) {
            return 3;
        }
        return agentTier(user);
    }

    private static String text(PluginSettings s, String key, String fallback) {
        Object v = s.get(key);
        if (v instanceof String str && !str.isBlank()) {
            return str.trim();
        }
        return fallback;
    }
}
