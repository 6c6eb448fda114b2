package tanito.web.playground;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tanito.data.CsvReader;
import tanito.data.Dataset;
import tanito.web.WebServer;

/**
 * The CSV files people uploaded to the Playground, held in memory by the SHA-256 of their bytes (the
 * same file gives the same id, so a link that names it works again after a new upload of that file).
 * A file is parsed by {@link CsvReader} when it arrives, with its one-line errors; at most
 * {@link #MAX_BYTES} are read from a request, and the {@link #MAX_FILES} files used last are kept.
 * Nothing here reads or writes the server's disk: a page can name an upload, never a path.
 */
final class Uploads {
    /** The largest upload: 10 MiB. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_FILES = 8;
    private static final String SOURCE = "the uploaded file";

    private final Map<String, Upload> files = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Upload> eldest) {
            return size() > MAX_FILES;
        }
    };

    /** A file too large to accept (413). */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }

    /**
     * Reads an upload of {@code declaredLength} bytes (-1: unknown) from {@code body}, stopping after
     * {@link #MAX_BYTES}, and keeps it when it parses.
     *
     * @throws TooLarge for more than {@link #MAX_BYTES}, before reading anything when the length is declared
     * @throws IllegalArgumentException with the reader's one-line message for a file it cannot read
     */
    Upload add(long declaredLength, InputStream body) throws IOException {
        if (declaredLength > MAX_BYTES) {
            throw tooLarge(declaredLength);
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(-1);
        }
        String text = utf8(bytes);
        Dataset parsed = CsvReader.read(new StringReader(text), SOURCE, CsvReader.Options.defaults());
        Upload upload = Upload.of(sha256(bytes), text, parsed);
        synchronized (files) {
            files.put(upload.id(), upload);
        }
        return upload;
    }

    /** The upload {@code id}. @throws WebServer.NotFound saying it is gone when this server does not hold it */
    Upload get(String id) {
        synchronized (files) {
            Upload upload = files.get(id);
            if (upload == null) {
                throw new WebServer.NotFound("the uploaded file " + id + " is not on this server (it keeps the last "
                        + MAX_FILES + " uploads until it stops); upload the file again");
            }
            return upload;
        }
    }

    static String source() {
        return SOURCE;
    }

    private static TooLarge tooLarge(long length) {
        return new TooLarge(String.format(Locale.ROOT, "the file is too large: %s; the Playground takes CSV files "
                + "of up to %d MB", length < 0 ? "more than " + MAX_BYTES / (1024 * 1024) + " MB"
                : String.format(Locale.ROOT, "%.1f MB", length / (1024.0 * 1024)), MAX_BYTES / (1024 * 1024)));
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(SOURCE + " is not UTF-8 text; save it as CSV (UTF-8)");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
