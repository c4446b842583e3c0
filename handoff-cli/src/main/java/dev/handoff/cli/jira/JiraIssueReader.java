package dev.handoff.cli.jira;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.core.model.Comment;
import dev.handoff.core.model.HistoryItem;
import dev.handoff.core.model.IssueLink;
import dev.handoff.core.model.Person;
import dev.handoff.core.model.Ticket;
import dev.handoff.core.model.Visibility;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Jira REST v2 issue ({@code /rest/api/2/issue/{key}}) into the core's {@link Ticket}.
 * Every rejection names the problem; limits keep one pathological export from exhausting memory.
 */
public final class JiraIssueReader {

    /** Largest issue document accepted. Real exports of 1,000-comment tickets stay well below it. */
    public static final int MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
    /** Largest single text (description or comment body); a pasted log beyond this is not a ticket. */
    public static final int MAX_TEXT_CHARS = 4 * 1024 * 1024;

    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final ObjectMapper mapper;

    public JiraIssueReader() {
        mapper = new ObjectMapper();
        mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(MAX_DOCUMENT_BYTES).maxNestingDepth(200).build());
    }

    public Ticket read(byte[] bytes) throws BadInputException {
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new BadInputException("too large: " + bytes.length + " bytes, limit " + MAX_DOCUMENT_BYTES);
        }
        String text = decodeUtf8(bytes);
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadInputException("not JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException("not a Jira issue: the document is not a JSON object");
        }
        return toTicket(root);
    }

    private static String decodeUtf8(byte[] bytes) throws BadInputException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException("not UTF-8 text: invalid byte sequence (binary file or wrong encoding)");
        }
    }

    Ticket toTicket(JsonNode root) throws BadInputException {
        String key = text(root, "key");
        if (key == null || key.isBlank()) {
            throw new BadInputException("not a Jira issue: no \"key\"");
        }
        JsonNode fields = root.get("fields");
        if (fields == null || !fields.isObject()) {
            throw new BadInputException("not a Jira issue: " + key + " has no \"fields\" object");
        }
        // Real exports occasionally lack a summary; the thread still carries the escalation.
        String summary = text(fields, "summary");
        return new Ticket(
                key,
                limited(key, "summary", summary),
                limited(key, "description", text(fields, "description")),
                limited(key, "environment", text(fields, "environment")),
                name(fields.get("issuetype")),
                name(fields.get("status")),
                name(fields.get("priority")),
                name(fields.get("resolution")),
                person(fields.get("reporter")),
                fields.hasNonNull("assignee") ? person(fields.get("assignee")) : null,
                time(key, fields, "created"),
                time(key, fields, "resolutiondate"),
                names(fields.get("components")),
                strings(fields.get("labels")),
                names(fields.get("versions")),
                comments(key, fields.get("comment")),
                history(key, root.get("changelog")),
                attachments(fields.get("attachment")),
                links(fields.get("issuelinks")));
    }

    private static String limited(String key, String what, String value) throws BadInputException {
        if (value != null && value.length() > MAX_TEXT_CHARS) {
            throw new BadInputException(key + ": " + what + " is " + value.length() + " characters, limit " + MAX_TEXT_CHARS);
        }
        return value;
    }

    private static List<Comment> comments(String key, JsonNode comment) throws BadInputException {
        List<Comment> out = new ArrayList<>();
        if (comment == null || comment.isNull()) {
            return out;
        }
        JsonNode list = comment.isArray() ? comment : comment.get("comments");
        if (list == null || !list.isArray()) {
            throw new BadInputException(key + ": fields.comment has no \"comments\" array");
        }
        int number = 0;
        for (JsonNode c : list) {
            number++;
            String id = text(c, "id");
            String where = key + " comment " + number;
            out.add(new Comment(id == null ? "c" + number : id, number, person(c.get("author")),
                    time(where, c, "created"), limited(key, "comment " + number, text(c, "body")), visibility(c)));
        }
        return out;
    }

    /** Jira's {@code visibility} restricts to a group or role; JSM marks agent-only comments with {@code sd.public.comment}. */
    private static Visibility visibility(JsonNode c) {
        JsonNode v = c.get("visibility");
        if (v != null && v.isObject()) {
            String type = text(v, "type");
            String value = text(v, "value");
            if (value != null && !value.isBlank()) {
                if ("group".equalsIgnoreCase(type)) {
                    return Visibility.group(value);
                }
                if ("role".equalsIgnoreCase(type)) {
                    return Visibility.role(value);
                }
            }
        }
        JsonNode props = c.get("properties");
        if (props != null && props.isArray()) {
            for (JsonNode p : props) {
                if ("sd.public.comment".equals(text(p, "key"))) {
                    JsonNode val = p.get("value");
                    if (val != null && val.path("internal").asBoolean(false)) {
                        return Visibility.INTERNAL;
                    }
                }
            }
        }
        JsonNode jsdPublic = c.get("jsdPublic");
        if (jsdPublic != null && jsdPublic.isBoolean() && !jsdPublic.asBoolean()) {
            return Visibility.INTERNAL;
        }
        return Visibility.PUBLIC;
    }

    private static List<HistoryItem> history(String key, JsonNode changelog) throws BadInputException {
        List<HistoryItem> out = new ArrayList<>();
        if (changelog == null || !changelog.has("histories")) {
            return out;
        }
        for (JsonNode h : changelog.get("histories")) {
            Person author = person(h.get("author"));
            Instant when = time(key + " history", h, "created");
            for (JsonNode item : h.path("items")) {
                out.add(new HistoryItem(author, when, text(item, "field"), text(item, "fromString"), text(item, "toString")));
            }
        }
        return out;
    }

    private static List<String> attachments(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode a : node) {
                String f = text(a, "filename");
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static List<IssueLink> links(JsonNode node) {
        List<IssueLink> out = new ArrayList<>();
        if (node == null || !node.isArray()) {
            return out;
        }
        for (JsonNode l : node) {
            String type = name(l.get("type"));
            for (String dir : new String[] {"outward", "inward"}) {
                JsonNode other = l.get(dir + "Issue");
                if (other != null && other.isObject()) {
                    out.add(new IssueLink(type, dir, text(other, "key"), text(other.path("fields"), "summary")));
                }
            }
        }
        return out;
    }

    private static Person person(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Person.UNKNOWN;
        }
        String key = text(node, "key");
        if (key == null) {
            key = text(node, "name");
        }
        if (key == null) {
            key = text(node, "accountId");
        }
        return new Person(key, text(node, "displayName"));
    }

    private static Instant time(String where, JsonNode node, String field) throws BadInputException {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, JIRA_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e2) {
                throw new BadInputException(where + ": " + field + " is not a Jira timestamp: \"" + abbreviate(value) + "\"");
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    private static String name(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isTextual() ? node.asText() : text(node, "name");
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode n : node) {
                String name = name(n);
                if (name != null) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode n : node) {
                if (n.isTextual()) {
                    out.add(n.asText());
                }
            }
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
}
