package dev.handoff.cli;

import dev.handoff.cli.jira.BadInputException;
import dev.handoff.cli.jira.JiraIssueReader;
import dev.handoff.cli.preview.PreviewBackend;
import dev.handoff.core.json.DraftJson;
import dev.handoff.core.json.Json;
import dev.handoff.core.json.PanelStatus;
import dev.handoff.core.model.Audience;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.pipeline.EscalationPipeline;
import dev.handoff.core.render.NoteRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The preview's backend for a Jira issue file: every draft version is built by the same offline pipeline
 * the plugin's job runs, and serialised by the same panel JSON the plugin's REST resource serves.
 */
final class PipelinePreview {

    private PipelinePreview() {
    }

    static PreviewBackend backend(Path file) throws IOException {
        Ticket ticket;
        try {
            ticket = new JiraIssueReader().read(Files.readAllBytes(file));
        } catch (BadInputException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        EscalationPipeline pipeline = EscalationPipeline.defaults();
        DraftJson json = new DraftJson(new NoteRenderer());
        Audience audience = Audience.agents(2);
        return PreviewBackend.builder(ticket.key(), version -> Json.write(json.panel(pipeline.draft(ticket, audience),
                        new PanelStatus("ready", false, null, version, Map.of(), null))))
                .buildTime(Duration.ofSeconds(1))
                .permissions(PreviewBackend.Permissions.ALL)
                .startAt(PreviewBackend.State.READY, 1)
                .build();
    }
}
