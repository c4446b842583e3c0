package dev.handoff.core.json;

import java.util.Map;

/** What the panel needs beyond the draft itself: lifecycle state, version, the viewer's permissions, the decision. */
public record PanelStatus(String state, boolean stale, String failure, int version,
                          Map<String, Boolean> permissions, Map<String, Object> decision) {

    public PanelStatus {
        permissions = permissions == null ? Map.of() : Map.copyOf(permissions);
    }
}
