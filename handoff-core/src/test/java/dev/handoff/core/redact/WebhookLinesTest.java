package dev.handoff.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Webhook URLs are searched on the lines holding a trigger only; every shape is still found wherever it stands. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookLinesTest {

    private static final String SLACK = "hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX";
    private static final String OUTLOOK = "outlook.office.com/webhook/a1b2c3d4-e5f6-a7b8-c9d0-e1f2a3b4c5d6@tenant/IncomingWebhook/xyz";
    private static final String TENANT = "contoso.webhook.office.com/webhookb2/a1b2c3d4-e5f6-a7b8-c9d0-e1f2a3b4c5d6@x/IncomingWebhook/y";
    private static final String DISCORD = "discord.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyzABCDEFGHIJ_-12345";

    @Test
    void every_webhook_shape_is_redacted_at_the_start_middle_and_end_of_lines_among_others() {
        String text = "We set up a webhook yesterday.\r\n"
                + "https://" + SLACK + "\n"
                + "first https://" + OUTLOOK + " then https://" + TENANT + "\n"
                + "no trigger here\n"
                + "and at the end https://" + DISCORD;

        String out = Redactor.defaults().redact(text).text();

        assertThat(out).doesNotContain("XXXXXXXXXXXXXXXX", "tenant/IncomingWebhook", "@x/IncomingWebhook", "abcdefghijklmnop");
        assertThat(out.split("\n", -1)).hasSize(5);
        assertThat(out).contains("We set up a webhook yesterday.", "no trigger here");
    }

    @Test
    void a_webhook_word_without_an_url_changes_nothing() {
        String text = "The webhook from Discord fails.\nSee hooks.slack.com docs.";

        assertThat(Redactor.defaults().redact(text).text()).isEqualTo(text);
    }
}
