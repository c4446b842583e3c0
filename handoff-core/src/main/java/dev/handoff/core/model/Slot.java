package dev.handoff.core.model;

/** The slots of the environment block. {@code jsonName} is the frozen name in CLI JSON and stored drafts. */
public enum Slot {
    DEVICE("device", "Device"),
    OS("os", "OS"),
    APPLICATION("application", "Application"),
    LAST_CHANGE("lastChange", "Last change"),
    ERROR_STRING("errorString", "Error");

    private final String jsonName;
    private final String label;

    Slot(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }
}
