package dev.handoff.core.prose;

import java.util.Objects;

/** A passage of an approved runbook retrieved for the ticket; the model may cite {@code id} and nothing else. */
public record RunbookPassage(String id, String title, String text) {

    public RunbookPassage {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}
