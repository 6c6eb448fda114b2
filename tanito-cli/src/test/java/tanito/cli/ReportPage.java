package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every {@code report.html} must be, read back: under 2 MB, each inlined image a PNG, its tables
 * as cells; and {@code tanito report DIR} rebuilds it byte for byte from the run's JSON.
 */
final class ReportPage {
    static final long MAX_BYTES = 2_000_000;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Pattern IMAGE = Pattern.compile("<img src=\"data:image/png;base64,([^\"]+)\"");

    private ReportPage() {}

    /** The page in {@code directory}, checked for size and for exactly {@code images} inlined PNGs. */
    static String read(Path directory, int images) throws IOException {
        Path page = directory.resolve("report.html");
        assertTrue(Files.isRegularFile(page), "no " + page);
        assertTrue(Files.size(page) < MAX_BYTES, page + " is " + Files.size(page) + " bytes");
        String html = Files.readString(page);
        Matcher image = IMAGE.matcher(html);
        int found = 0;
        while (image.find()) {
            // the template escapes '=' (base64 padding) as an HTML entity, which the browser decodes
            byte[] png = Base64.getDecoder().decode(image.group(1).replace("&#x3D;", "="));
            assertArrayEquals(PNG_MAGIC, Arrays.copyOf(png, PNG_MAGIC.length), "image " + (found + 1) + " is not a PNG");
            found++;
        }
        assertEquals(images, found, "inlined images");
        return html;
    }

    /** The cells of the table {@code id}, row by row, the header first. */
    static List<List<String>> table(String html, String id) {
        Matcher table = Pattern.compile("(?s)<table id=\"" + id + "\">(.*?)</table>").matcher(html);
        assertTrue(table.find(), "no table " + id);
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("(?s)<tr[^>]*>(.*?)</tr>").matcher(table.group(1));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("(?s)<t[dh]>(.*?)</t[dh]>").matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Deletes the page, runs {@code tanito report directory}, and checks the page comes back byte for byte. */
    static void rebuildsTheSamePage(Path directory) throws IOException {
        Path page = directory.resolve("report.html");
        byte[] written = Files.readAllBytes(page);
        Files.delete(page);
        Cli rebuilt = Cli.run("report", directory.toString());
        assertEquals(0, rebuilt.exitCode(), rebuilt.err());
        assertEquals("wrote " + page + System.lineSeparator(), rebuilt.out());
        assertEquals(new String(written, StandardCharsets.UTF_8), Files.readString(page));
        assertArrayEquals(written, Files.readAllBytes(page));
    }
}
