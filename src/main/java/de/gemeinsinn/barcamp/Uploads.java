package de.gemeinsinn.barcamp;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Which files the documentation accepts: at most {@link #MAX_BYTES}, and only types whose content
 * matches the file name (PDF, images, text, office documents). The content type we serve comes
 * from this check, never from the browser.
 */
final class Uploads {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_NAME = 120;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private Uploads() {}

    /** The accepted file, or the German message key why not. */
    record Checked(String filename, String contentType, String errorKey) {}

    static Checked check(String originalName, byte[] data) {
        if (data == null || data.length == 0) {
            return new Checked(null, null, "barcamp.file.empty");
        }
        if (data.length > MAX_BYTES) {
            return new Checked(null, null, "barcamp.file.tooLarge");
        }
        String name = cleanName(originalName);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(ext);
        if (type == null || !contentMatches(ext, data)) {
            return new Checked(null, null, "barcamp.file.type");
        }
        return new Checked(name, type, null);
    }

    static String cleanName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        n = n.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        if (n.isEmpty() || n.startsWith(".")) {
            n = "datei" + n;
        }
        return n.length() > MAX_NAME ? n.substring(n.length() - MAX_NAME) : n;
    }

    private static boolean contentMatches(String ext, byte[] d) {
        return switch (ext) {
            case "pdf" -> starts(d, '%', 'P', 'D', 'F', '-');
            case "png" -> starts(d, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case "jpg", "jpeg" -> starts(d, 0xFF, 0xD8, 0xFF);
            case "txt", "md", "csv" -> isUtf8Text(d);
            default -> starts(d, 'P', 'K', 3, 4); // ZIP container of office documents
        };
    }

    private static boolean starts(byte[] d, int... magic) {
        if (d.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((d[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8Text(byte[] d) {
        for (byte b : d) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(d));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
