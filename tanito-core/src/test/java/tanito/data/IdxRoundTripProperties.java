package tanito.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Writing random IDX files and reading them back gives the same bytes; any cut of a file fails. */
class IdxRoundTripProperties {
    @Property(tries = 60)
    void writeThenReadGivesTheBytes(@ForAll @IntRange(min = 1, max = 40) int count,
                                    @ForAll @IntRange(min = 1, max = 9) int height,
                                    @ForAll @IntRange(min = 1, max = 9) int width,
                                    @ForAll long seed, @ForAll boolean gzipImages, @ForAll boolean gzipLabels)
            throws IOException {
        Random random = new Random(seed);
        byte[] pixels = new byte[count * height * width];
        random.nextBytes(pixels);
        byte[] labels = new byte[count];
        random.nextBytes(labels);
        labels[0] = (byte) (1 + random.nextInt(255)); // at least two classes
        Path dir = Files.createTempDirectory("idx");
        try {
            Path images = IdxFiles.write(dir.resolve("i"), IdxFiles.idx(pixels, count, height, width), gzipImages);
            Path labelFile = IdxFiles.write(dir.resolve("l"), IdxFiles.idx(labels, count), gzipLabels);
            Dataset data = IdxReader.read(images, labelFile, 1f);
            assertEquals(height * width, data.features().cols());
            float[] expected = new float[pixels.length];
            int largest = 0;
            for (int i = 0; i < pixels.length; i++) {
                expected[i] = pixels[i] & 0xFF;
            }
            for (int i = 0; i < count; i++) {
                assertEquals(labels[i] & 0xFF, data.label(i));
                largest = Math.max(largest, labels[i] & 0xFF);
            }
            assertArrayEquals(expected, data.features().data());
            assertEquals(largest + 1, data.classNames().size());
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 40)
    void everyCutOfAFileFailsNamingIt(@ForAll @IntRange(min = 0, max = 1000) int cutPerMille, @ForAll boolean gzip)
            throws IOException {
        byte[] whole = IdxFiles.idx(new byte[2 * 3 * 4], 2, 3, 4);
        int length = whole.length * cutPerMille / 1001; // always shorter than the whole file
        Path dir = Files.createTempDirectory("idx");
        try {
            Path images = IdxFiles.write(dir.resolve("cut"), Arrays.copyOf(whole, length), gzip);
            Path labels = IdxFiles.write(dir.resolve("l"), IdxFiles.idx(IdxFiles.bytes(0, 1), 2), false);
            String message = assertThrows(IllegalArgumentException.class, () -> IdxReader.read(images, labels, 1f))
                    .getMessage();
            assertTrue(message.startsWith(images + " is truncated") || message.startsWith(images + " is not an IDX file"),
                    message);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
