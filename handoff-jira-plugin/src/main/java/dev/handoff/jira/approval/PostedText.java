package dev.handoff.jira.approval;

import java.util.regex.Pattern;

/**
 * What an approved note may not do when Jira renders it: mention users (notifications to people outside
 * the escalation), load external images (tracking pixels), or inject HTML. The approver's edits pass
 * through here too, so the rule holds whatever text reaches the comment.
 */
public final class PostedText {

    private static final Pattern MENTION = Pattern.compile("\\[~");
    private static final Pattern EXTERNAL_IMAGE = Pattern.compile("!(?=[a-zA-Z][a-zA-Z0-9+.-]{0,20}:)");
    private static final Pattern HTML_MACRO = Pattern.compile("\\{(html)([:}])", Pattern.CASE_INSENSITIVE);

    private PostedText() {
    }

    public static String neutralise(String wiki) {
        if (wiki == null) {
            return "";
        }
        String out = MENTION.matcher(wiki).replaceAll("[\\\\~");
        out = EXTERNAL_IMAGE.matcher(out).replaceAll("\\\\!");
        return HTML_MACRO.matcher(out).replaceAll("\\\\{$1$2");
    }
}
