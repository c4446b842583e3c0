package dev.handoff.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a folder of approved sources (Markdown with YAML front matter, HTML, Confluence storage-format
 * XHTML) into {@link KnowledgeDocument}s. A bad file becomes a {@link Problem} and never stops the rest.
 *
 * <p>Tier: front matter {@code tier:} and the longest matching prefix of {@code tiers.properties}
 * ({@code path-prefix=tier}) in the folder; when both are given the higher (more restricted) one wins,
 * so an author cannot open up a document an administrator restricted. Default tier 1.
 */
public final class KnowledgeLoader {

    public static final String TIERS_FILE = "tiers.properties";
    /** Largest source file read; an approved article is far below it, a misplaced dump is not. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    private static final String UNKNOWN_FORMAT = "unknown format (expected .md, .markdown, .html, .htm, .xhtml or .xml)";

    /** A file that could not be used, with the reason; {@code path} is relative to the folder. */
    public record Problem(String path, String reason) {
    }

    /** The documents read, in path order, and the files that were skipped. */
    public record Result(List<KnowledgeDocument> documents, List<Problem> problems) {
        public Result {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    private enum Format { MARKDOWN, HTML }

    public Result load(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new IOException("not a directory: " + folder);
        }
        List<Problem> problems = new ArrayList<>();
        TreeMap<String, Integer> prefixTiers = readTiers(folder, problems);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> relative(folder, p))).toList();
        }
        List<KnowledgeDocument> docs = new ArrayList<>();
        for (Path file : files) {
            String id = relative(folder, file);
            if (id.equals(TIERS_FILE) || hidden(id)) {
                continue;
            }
            try {
                docs.add(read(file, id, prefixTiers));
            } catch (InvalidDocumentException e) {
                problems.add(new Problem(id, e.getMessage()));
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(id, "unreadable: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            }
        }
        return new Result(docs, problems);
    }

    private static KnowledgeDocument read(Path file, String id, TreeMap<String, Integer> prefixTiers)
            throws IOException, InvalidDocumentException {
        if (format(id) == null) {
            throw new InvalidDocumentException(UNKNOWN_FORMAT);
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new InvalidDocumentException("too large: " + size + " bytes, limit " + MAX_FILE_BYTES);
        }
        return parse(id, Files.readAllBytes(file), prefixTier(id, prefixTiers));
    }

    /**
     * One document from its bytes, as an upload or a stored copy arrives: the formats, limits and tier rules of a
     * folder, {@code minTier} being its source's tier (front matter may raise a document's tier, never lower it).
     */
    public static KnowledgeDocument parse(String id, byte[] content, int minTier) throws InvalidDocumentException {
        Format format = format(id);
        if (format == null) {
            throw new InvalidDocumentException(UNKNOWN_FORMAT);
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new InvalidDocumentException("too large: " + content.length + " bytes, limit " + MAX_FILE_BYTES);
        }
        String text = utf8(content);
        if (text.indexOf('\0') >= 0) {
            throw new InvalidDocumentException("binary content");
        }
        MarkupText.Parsed parsed = format == Format.MARKDOWN ? MarkupText.markdown(text) : MarkupText.html(text);
        if (parsed.body().isBlank() && parsed.description().isBlank()) {
            throw new InvalidDocumentException("empty document: no text after markup was removed");
        }
        int tier = Math.max(1, minTier);
        String declared = parsed.frontMatter().get("tier");
        if (declared != null && !declared.isBlank()) {
            tier = Math.max(tier, parseTier(declared));
        }
        String title = parsed.title().isBlank() ? fileTitle(id) : parsed.title();
        return KnowledgeDocument.of(id, title, parsed.description(), parsed.headings(), parsed.body(), tier);
    }

    /**
     * One Confluence storage-format (XHTML) page fetched from elsewhere, parsed exactly like an exported
     * {@code .xhtml} file. {@code title} is the page's own; a first heading that differs from it is kept
     * as a heading. The body may be empty (a page holding only macros or attachments).
     */
    public static KnowledgeDocument storageFormat(String id, String title, String xhtml, int tier) {
        MarkupText.Parsed parsed = MarkupText.html(xhtml == null ? "" : xhtml);
        List<String> headings = new ArrayList<>();
        if (!parsed.title().isBlank() && !parsed.title().equalsIgnoreCase(title)) {
            headings.add(parsed.title());
        }
        headings.addAll(parsed.headings());
        return KnowledgeDocument.of(id, title, parsed.description(), headings, parsed.body(), tier);
    }

    private static Format format(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml") || lower.endsWith(".xml")) {
            return Format.HTML;
        }
        return null;
    }

    private static int parseTier(String value) throws InvalidDocumentException {
        try {
            int t = Integer.parseInt(value.strip());
            if (t >= 1 && t <= 3) {
                return t;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        // a restricted document with a typo must not fall back to tier 1
        throw new InvalidDocumentException("bad tier '" + value + "' (expected 1, 2 or 3)");
    }

    private static TreeMap<String, Integer> readTiers(Path folder, List<Problem> problems) {
        TreeMap<String, Integer> out = new TreeMap<>();
        Path file = folder.resolve(TIERS_FILE);
        if (!Files.isRegularFile(file)) {
            return out;
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new Problem(TIERS_FILE, "unreadable: " + e.getMessage()));
            return out;
        }
        for (Map.Entry<Object, Object> e : props.entrySet()) {
            String prefix = e.getKey().toString().strip().replace('\\', '/');
            try {
                out.put(prefix.startsWith("/") ? prefix.substring(1) : prefix, parseTier(e.getValue().toString()));
            } catch (InvalidDocumentException ex) {
                problems.add(new Problem(TIERS_FILE, prefix + ": " + ex.getMessage()));
            }
        }
        return out;
    }

    /** The tier of the longest prefix of {@code id} in the mapping, 1 when none matches. */
    private static int prefixTier(String id, TreeMap<String, Integer> prefixTiers) {
        int tier = 1;
        int longest = -1;
        for (Map.Entry<String, Integer> e : prefixTiers.entrySet()) {
            if (id.startsWith(e.getKey()) && e.getKey().length() > longest) {
                longest = e.getKey().length();
                tier = e.getValue();
            }
        }
        return tier;
    }

    private static String utf8(byte[] bytes) throws InvalidDocumentException {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InvalidDocumentException("not UTF-8 text (binary file or wrong encoding)");
        }
    }

    private static String fileTitle(String id) {
        String name = id.substring(id.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replace('-', ' ').replace('_', ' ');
    }

    private static boolean hidden(String id) {
        for (String part : id.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** Why one document cannot be indexed, in words for the person who supplied it. */
    public static final class InvalidDocumentException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidDocumentException(String message) {
            super(message);
        }
    }
}
