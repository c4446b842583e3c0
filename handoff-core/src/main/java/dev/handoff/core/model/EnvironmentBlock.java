package dev.handoff.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Device, OS, application, last change and error string, each value with its evidence. Empty slots are missing. */
public record EnvironmentBlock(Map<Slot, List<Evidence>> slots) {

    public EnvironmentBlock {
        EnumMap<Slot, List<Evidence>> copy = new EnumMap<>(Slot.class);
        for (Slot s : Slot.values()) {
            copy.put(s, List.copyOf(slots == null ? List.of() : slots.getOrDefault(s, List.of())));
        }
        slots = Collections.unmodifiableMap(copy);
    }

    public static EnvironmentBlock empty() {
        return new EnvironmentBlock(Map.of());
    }

    public List<Evidence> get(Slot slot) {
        return slots.get(slot);
    }

    public List<Slot> missing() {
        List<Slot> out = new ArrayList<>();
        for (Slot s : Slot.values()) {
            if (slots.get(s).isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return missing().size() == Slot.values().length;
    }
}
