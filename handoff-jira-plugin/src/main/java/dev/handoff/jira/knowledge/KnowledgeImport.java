package dev.handoff.jira.knowledge;

import dev.handoff.search.KnowledgeLoader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An uploaded runbook collection: one Markdown, HTML or Confluence storage-format file, or a zip of them. Every
 * document is parsed as the index will parse it, so a file that cannot be indexed is reported by name at upload
 * and never stored; the others are kept. Limits guard the database and the heap against zip bombs.
 */
public final class KnowledgeImport {

    static final int MAX_DOCUMENTS = 5_000;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

    /** A file that was not imported, and why. */
    public record Problem(String path, String reason) {
    }

    public record Result(List<SourceDocument> documents, List<Problem> problems) {
        public Result {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    /** Refused as a whole: not a readable upload at all. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private KnowledgeImport() {
    }

    public static Result read(long sourceId, int tier, String filename, byte[] body) throws Refused {
        String name = filename == null ? "" : filename.strip().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.isEmpty()) {
            throw new Refused("the upload has no file name");
        }
        if (body.length == 0) {
            throw new Refused("the upload is empty");
        }
        List<SourceDocument> docs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            unzip(sourceId, tier, body, docs, problems);
        } else {
            add(sourceId, tier, name, body, docs, problems);
        }
        return new Result(docs, problems);
    }

    private static void unzip(long sourceId, int tier, byte[] body, List<SourceDocument> docs, List<Problem> problems) throws Refused {
        long total = 0;
        int entries = 0;
        Set<String> seen = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                if (++entries > MAX_DOCUMENTS) {
                    throw new Refused("the zip holds more than " + MAX_DOCUMENTS + " files");
                }
                String path = path(e.getName());
                if (path == null) {
                    problems.add(new Problem(e.getName(), "unsafe path (absolute or with ..)"));
                    continue;
                }
                if (hidden(path)) {
                    continue;
                }
                byte[] bytes = readCapped(zip, KnowledgeLoader.MAX_FILE_BYTES);
                if (bytes == null) {
                    problems.add(new Problem(path, "too large: over " + KnowledgeLoader.MAX_FILE_BYTES + " bytes"));
                    continue;
                }
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new Refused("the zip unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
                }
                if (!seen.add(path)) {
                    problems.add(new Problem(path, "appears twice in the zip; the first copy was kept"));
                    continue;
                }
                add(sourceId, tier, path, bytes, docs, problems);
            }
        } catch (IOException ex) {
            throw new Refused("not a readable zip file: " + ex.getClass().getSimpleName());
        }
        if (entries == 0) {
            throw new Refused("the zip holds no files");
        }
    }

    private static void add(long sourceId, int tier, String path, byte[] bytes, List<SourceDocument> docs, List<Problem> problems) {
        try {
            KnowledgeLoader.parse(path, bytes, tier);
            docs.add(new SourceDocument(sourceId, path, new String(bytes, StandardCharsets.UTF_8)));
        } catch (KnowledgeLoader.InvalidDocumentException e) {
            problems.add(new Problem(path, e.getMessage()));
        }
    }

    /** The entry's path inside the collection, or null when it points outside it. */
    static String path(String entryName) {
        String p = entryName.replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*")) {
            return null;
        }
        for (String part : p.split("/")) {
            if (part.equals("..")) {
                return null;
            }
        }
        return p.replaceAll("/{2,}", "/").replaceFirst("^(\\./)+", "");
    }

    /** Dot files and macOS resource forks are not runbooks. */
    private static boolean hidden(String path) {
        for (String part : path.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] readCapped(InputStream in, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + n > cap) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
