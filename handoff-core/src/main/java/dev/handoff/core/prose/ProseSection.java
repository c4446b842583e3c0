package dev.handoff.core.prose;

/** The parts of the model's prose. {@code jsonName} is the frozen field name in the model's schema and the CLI JSON. */
public enum ProseSection {
    SUMMARY("summary"),
    IMPACT("impact"),
    ESTABLISHED("whatTier1Established"),
    NEXT_STEPS("nextSteps"),
    QUESTIONS("questionsForUser");

    private final String jsonName;

    ProseSection(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
