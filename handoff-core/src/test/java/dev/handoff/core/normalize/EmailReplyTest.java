package dev.handoff.core.normalize;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail replies as they reach Jira through the mail handler. The corpora hold no German, French or
 * Spanish mail, so those headers follow the standard formats of Gmail, Outlook, Apple Mail and
 * Thunderbird in those locales.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EmailReplyTest {

    private static final String BODY = "The export still fails after the update, error E1234 in the log.";
    private static final String QUOTED = "\n> Could you retry the export with version 7.2?\n> Thanks, Sam";

    private final MarkupNormalizer normalizer = new MarkupNormalizer();

    private String n(String raw) {
        return normalizer.normalize(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "On Mon, 3 Mar 2024 at 10:02, Jane Doe <j@x.com> wrote:",
            "On Mon, Mar 3, 2024 at 10:02 AM Jane Doe <j@x.com> wrote:",
            "On 3 Mar 2024, at 10:02, Jane Doe <j@x.com> wrote:",
            "On 03/03/2024 10:02, Jane Doe wrote:",
            "On Mon, Mar 3, 2024 at 10:02 AM, Jane Doe <[j@x.com|mailto:j@x.com]> wrote:",
            "Am 03.03.2024 um 10:02 schrieb Jane Doe <j@x.com>:",
            "Am Mo., 3. März 2024 um 10:02 Uhr schrieb Jane Doe <j@x.com>:",
            "Le lun. 3 mars 2024 à 10:02, Jane Doe <j@x.com> a écrit :",
            "Le 03/03/2024 à 10:02, Jane Doe a écrit :",
            "El lun, 3 mar 2024 a las 10:02, Jane Doe (<j@x.com>) escribió:",
            "El 03/03/2024 a las 10:02, Jane Doe escribió:",
            "-----Original Message-----",
            "-----Ursprüngliche Nachricht-----",
            "-----Message d'origine-----",
            "-----Mensaje original-----",
    })
    void the_quoted_tail_after_a_reply_header_is_removed(String header) {
        assertThat(n(BODY + "\n\n" + header + QUOTED)).isEqualTo(BODY);
    }

    @Test
    void a_gmail_header_wrapped_over_two_lines_is_recognised() {
        assertThat(n(BODY + "\n\nOn Mon, Mar 3, 2024 at 10:02 AM Jane Doe <\nj@x.com> wrote:" + QUOTED)).isEqualTo(BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "From: Sam Agent <sam@vendor.com>\nSent: Monday, March 3, 2024 10:02 AM\nTo: Jane Doe <j@x.com>\nSubject: RE: Export fails",
            "*From:* Sam Agent <sam@vendor.com>\n*Sent:* Monday, March 3, 2024 10:02 AM\n*To:* Jane Doe\n*Subject:* RE: Export fails",
            "________________________________\nFrom: Sam Agent <sam@vendor.com>\nSent: Monday, March 3, 2024 10:02\nTo: Jane Doe",
            "Von: Sam Agent <sam@vendor.com>\nGesendet: Montag, 3. März 2024 10:02\nAn: Jane Doe <j@x.com>\nBetreff: AW: Export",
            "De : Sam Agent <sam@vendor.com>\nEnvoyé : lundi 3 mars 2024 10:02\nÀ : Jane Doe <j@x.com>\nObjet : RE: Export",
            "De: Sam Agent <sam@vendor.com>\nEnviado el: lunes, 3 de marzo de 2024 10:02\nPara: Jane Doe\nAsunto: RE: Export",
            "From: Sam Agent [mailto:sam@vendor.com] Sent: Monday, March 3, 2024 10:02 AM To: Jane Doe Subject: RE: Export",
    })
    void the_quoted_tail_after_an_outlook_header_block_is_removed(String header) {
        assertThat(n(BODY + "\n\n" + header + "\n\nCould you retry the export with version 7.2?")).isEqualTo(BODY);
    }

    @Test
    void a_header_with_no_body_above_it_is_kept_because_the_text_is_all_there_is() {
        String forwarded = "-----Original Message-----\nFrom: Jane Doe\nSent: Monday\nTo: Support\nThe export fails.";
        assertThat(n(forwarded)).isEqualTo(forwarded);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "On the second run you wrote:",
            "From: the logs it looks like the cache is stale.",
            "Le 3 est un chiffre",
            "> ti info",
    })
    void prose_that_resembles_a_header_is_kept(String line) {
        String text = BODY + "\n" + line + "\nMore details follow here.";
        assertThat(n(text)).isEqualTo(text);
    }

    @Test
    void quoted_lines_without_a_reply_header_are_kept_in_single_text_mode() {
        // AC-1126-like use of ">" for console output in a comment
        String text = "Please open a powershell (x86), then run:\n\n> ti info\n\nand share the output with us. Thanks a lot!";
        assertThat(n(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Best regards,\nJane Doe\nSenior Developer | ACME Corp\nPhone: +1 555 0100\nwww.acme.example",
            "Kind regards\nJane",
            "Regards,\nShuo",
            "Mit freundlichen Grüßen\nJane Doe\nACME GmbH\nTel. +49 30 1234567",
            "Viele Grüße\nJane",
            "Cordialement,\nJane Doe\nResponsable IT",
            "Saludos,\nJane Doe",
            "Un saludo\nJane",
            "Thanks,\nJane",
            "Cheers!\nJane Doe",
            "-- \nJane Doe\nACME Corp",
            "Sent from my iPhone",
            "Von meinem iPhone gesendet",
            "Envoyé de mon iPhone",
            "Enviado desde mi iPhone",
            "Get Outlook for Android",
    })
    void signatures_are_removed(String signature) {
        assertThat(n(BODY + "\n\n" + signature)).isEqualTo(BODY);
    }

    @Test
    void a_real_closing_from_the_corpus_is_removed() {
        // AC-1008 comment 1
        String raw = "Hi，\r\n\r\nPlease provide a simple test case to reproduce your problem.\r\n\r\nRegards,\r\nShuo";
        assertThat(n(raw)).isEqualTo("Hi，\n\nPlease provide a simple test case to reproduce your problem.");
    }

    @Test
    void a_closing_followed_by_more_prose_is_kept() {
        String text = BODY + "\n\nThanks,\n\nAlso: the export of the second project works fine when started manually from the menu.";
        assertThat(n(text)).isEqualTo(text);
    }

    @Test
    void a_weak_closing_followed_by_something_that_is_not_a_name_is_kept() {
        String text = BODY + "\n\nThanks!\nalso on android";
        assertThat(n(text)).isEqualTo(text);
    }

    @Test
    void a_closing_with_nothing_above_it_is_kept() {
        assertThat(n("Best regards,\nJane")).isEqualTo("Best regards,\nJane");
    }

    @Test
    void a_closing_inside_a_code_block_is_kept() {
        assertThat(n("Output:\n{code}\nRegards,\nJane\n{code}")).isEqualTo("Output:\nRegards,\nJane");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "This e-mail and any attachments are confidential and may be privileged. If you are not the intended "
                    + "recipient, please notify the sender and delete it.",
            "CONFIDENTIALITY NOTICE: The contents of this email message are intended only for the addressee.",
            "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der "
                    + "richtige Adressat sind, informieren Sie bitte sofort den Absender.",
            "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.",
            "Este mensaje y sus adjuntos son confidenciales y para uso exclusivo del destinatario.",
            "This message is intended only for the use of the addressee and may contain confidential information.\n\n"
                    + "Please consider the environment before printing. Scanned for viruses by MailGuard.",
    })
    void legal_disclaimers_are_removed(String disclaimer) {
        assertThat(n(BODY + "\n\n" + disclaimer)).isEqualTo(BODY);
    }

    @Test
    void the_body_survives_reply_header_signature_and_disclaimer_together() {
        String mail = "Hi Sam,\r\n\r\nthe export still fails:\r\n{noformat}\r\nE1234 export aborted\r\n{noformat}\r\n\r\n"
                + "Best regards,\r\nJane Doe\r\nIT Admin\r\n\r\nThis e-mail is confidential and intended solely for the addressee.\r\n\r\n"
                + "On Mon, 3 Mar 2024 at 10:02, Sam Agent <sam@vendor.com> wrote:\r\n> Please retry.\r\n";
        assertThat(n(mail)).isEqualTo("Hi Sam,\n\nthe export still fails:\nE1234 export aborted");
    }

    @Test
    void an_html_mail_body_becomes_text() {
        String html = "<div dir=\"ltr\"><p>Hi&nbsp;Sam,</p><p>the export fails with <b>E1234</b> &amp; stops.<br>"
                + "See <a href=\"https://status.example.com/x\">the status page</a>.</p>"
                + "<ul><li>Windows 10</li><li>Version 7.2</li></ul></div>";
        assertThat(n(html)).isEqualTo("Hi Sam,\n\nthe export fails with E1234 & stops.\n"
                + "See the status page (https://status.example.com/x).\n\n- Windows 10\n- Version 7.2");
    }

    @Test
    void a_single_br_pasted_into_prose_is_left_alone_but_placeholders_survive_html_bodies() {
        // AC-4453 description: one "<br />" is not enough to call the text HTML
        assertThat(n("Hi guys,<br />\nwhen I add searchView")).isEqualTo("Hi guys,<br />\nwhen I add searchView");
        assertThat(n("<p>Replace <id> in List<String> with your own</p><p>then restart</p><br>done"))
                .isEqualTo("Replace <id> in List<String> with your own\n\nthen restart\n\ndone");
    }

    @Test
    void html_written_as_source_code_is_kept() {
        // AC-4375-like: a web view test case pasted outside {code}
        String src = "<html>\n<body>\n    <h1>This is a test</h1>\n    <p>Background should be light blue.</p>\n"
                + "    <input type=\"button\" onclick=\"test()\"/>\n</body>\n</html>";
        assertThat(n(src)).isEqualTo(src);
    }
}
