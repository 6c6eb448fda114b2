package tanito.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tanito.data.IdxFiles.bytes;
import static tanito.data.IdxFiles.idx;
import static tanito.data.IdxFiles.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdxReaderTest {
    /** Three 2x2 images; bytes above 127 check that pixels are read unsigned. */
    private static final byte[] PIXELS = bytes(0, 255, 128, 1, 7, 8, 9, 10, 200, 201, 202, 254);
    private static final byte[] LABELS = bytes(0, 9, 3);

    @TempDir
    Path dir;

    private Dataset readPair(byte[] images, byte[] labels) throws IOException {
        return IdxReader.read(write(dir.resolve("images"), images, false), write(dir.resolve("labels"), labels, false), 1f);
    }

    private String failure(byte[] images, byte[] labels) {
        return assertThrows(IllegalArgumentException.class, () -> readPair(images, labels)).getMessage();
    }

    @ParameterizedTest
    @CsvSource({"false, false", "true, true", "true, false", "false, true"})
    void readsPixelsLabelsAndNamesPlainOrGzipped(boolean gzipImages, boolean gzipLabels) throws IOException {
        Path images = write(dir.resolve("images.idx"), idx(PIXELS, 3, 2, 2), gzipImages);
        Path labels = write(dir.resolve("labels.idx"), idx(LABELS, 3), gzipLabels);
        Dataset data = IdxReader.read(images, labels, 1f / 255);
        assertEquals(3, data.rows());
        assertEquals(List.of("pixel_0", "pixel_1", "pixel_2", "pixel_3"), data.featureNames());
        assertEquals(List.of("label"), data.targetNames());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), data.classNames());
        float[] expected = new float[PIXELS.length];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (PIXELS[i] & 0xFF) * (1f / 255);
        }
        assertArrayEquals(expected, data.features().data());
        assertEquals(1f, data.features().get(0, 1));
        assertEquals(0f, data.features().get(0, 0));
        assertArrayEquals(new float[] {0, 9, 3}, data.targets().data());
    }

    @Test
    void gzipIsRecognisedByItsBytesNotItsName() throws IOException {
        Path images = write(dir.resolve("images.gz"), idx(PIXELS, 3, 2, 2), false);
        Path labels = write(dir.resolve("labels-idx1-ubyte"), idx(LABELS, 3), true);
        Dataset data = IdxReader.read(images, labels, 1f);
        assertEquals(255f, data.features().get(0, 1));
        assertEquals(9, data.label(1));
    }

    @Test
    void classNamesRunUpToTheLargestLabel() throws IOException {
        Dataset data = readPair(idx(PIXELS, 3, 4), idx(bytes(2, 0, 2), 3));
        assertEquals(List.of("0", "1", "2"), data.classNames());
        assertEquals(2, data.label(0));
        Dataset wide = readPair(idx(PIXELS, 3, 4), idx(bytes(255, 0, 1), 3));
        assertEquals(256, wide.classNames().size());
        assertEquals(255, wide.label(0));
    }

    @Test
    void imagesOfMoreDimensionsAreFlattenedRowByRow() throws IOException {
        Dataset data = readPair(idx(PIXELS, 1, 2, 3, 2), idx(bytes(1), 1));
        assertEquals(12, data.features().cols());
        assertEquals(202f, data.features().get(0, 10));
    }

    @Test
    void wrongMagicNamesTheFile() {
        String message = failure("PK\3\4 not idx".getBytes(), idx(LABELS, 3));
        assertEquals(dir.resolve("images") + " is not an IDX file: it must start with 0x00 0x00, a type byte and a "
                + "dimension count", message);
        assertTrue(failure(new byte[] {0, 0}, idx(LABELS, 3)).contains("is not an IDX file"));
    }

    @Test
    void otherDataTypesAreRejectedByName() {
        assertEquals(dir.resolve("images") + " holds IDX type 0x0D (32-bit float); only 0x08 (unsigned byte) is supported",
                failure(idx(0x0D, new byte[48], 3, 2, 2), idx(LABELS, 3)));
        assertEquals(dir.resolve("labels") + " holds IDX type 0x09 (signed byte); only 0x08 (unsigned byte) is supported",
                failure(idx(PIXELS, 3, 2, 2), idx(0x09, LABELS, 3)));
    }

    @ParameterizedTest
    @CsvSource({"false", "true"})
    void truncatedDataNamesTheFileAndTheSizes(boolean gzip) throws IOException {
        byte[] whole = idx(PIXELS, 3, 2, 2);
        Path images = write(dir.resolve("images"), Arrays.copyOf(whole, whole.length - 1), gzip);
        Path labels = write(dir.resolve("labels"), idx(LABELS, 3), gzip);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdxReader.read(images, labels, 1f));
        assertEquals(images + " is truncated: its header announces 12 bytes of data, it holds 11", e.getMessage());
        byte[] labelBytes = idx(LABELS, 3);
        write(dir.resolve("labels"), Arrays.copyOf(labelBytes, labelBytes.length - 2), gzip);
        write(dir.resolve("images"), whole, gzip);
        e = assertThrows(IllegalArgumentException.class, () -> IdxReader.read(images, labels, 1f));
        assertEquals(labels + " is truncated: its header announces 3 bytes of data, it holds 1", e.getMessage());
    }

    @Test
    void aCutGzipStreamIsTruncatedToo() throws IOException {
        byte[] gzipped = java.nio.file.Files.readAllBytes(write(dir.resolve("full"), idx(PIXELS, 3, 2, 2), true));
        Path images = write(dir.resolve("images"), Arrays.copyOf(gzipped, gzipped.length - 12), false);
        Path labels = write(dir.resolve("labels"), idx(LABELS, 3), false);
        String message = assertThrows(IllegalArgumentException.class, () -> IdxReader.read(images, labels, 1f)).getMessage();
        assertTrue(message.startsWith(images + " is truncated"), message);
    }

    @Test
    void damagedGzipDataNamesTheFile() throws IOException {
        byte[] gzipped = java.nio.file.Files.readAllBytes(write(dir.resolve("full"), idx(LABELS, 3), true));
        Arrays.fill(gzipped, 10, gzipped.length - 8, (byte) 0xFF); // keep the gzip header, ruin the deflate data
        Path images = write(dir.resolve("images"), idx(PIXELS, 3, 2, 2), false);
        Path labels = write(dir.resolve("labels"), gzipped, false);
        String message = assertThrows(IllegalArgumentException.class, () -> IdxReader.read(images, labels, 1f)).getMessage();
        assertTrue(message.startsWith(labels + " starts as gzip but is damaged: "), message);
    }

    @Test
    void truncatedHeaderAndTrailingDataAreErrors() {
        byte[] whole = idx(PIXELS, 3, 2, 2);
        assertEquals(dir.resolve("images") + " is truncated: its header ends before the size of dimension 3 of 3",
                failure(Arrays.copyOf(whole, 13), idx(LABELS, 3)));
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertEquals(dir.resolve("images") + " has more data after the 3 images its header announces",
                failure(longer, idx(LABELS, 3)));
    }

    @Test
    void countMismatchNamesBothFiles() {
        assertEquals(dir.resolve("images") + " holds 3 images but " + dir.resolve("labels") + " holds 2 labels",
                failure(idx(PIXELS, 3, 2, 2), idx(bytes(1, 2), 2)));
    }

    @Test
    void dimensionsAndLabelsAreChecked() {
        assertEquals(dir.resolve("images") + " has 1 dimension; an image file has at least 2 (count, then the image's "
                + "sizes)", failure(idx(PIXELS, 12), idx(LABELS, 3)));
        assertEquals(dir.resolve("labels") + " has 2 dimensions; a label file has 1",
                failure(idx(PIXELS, 3, 4), idx(bytes(1, 2, 3), 3, 1)));
        assertEquals(dir.resolve("images") + ": dimension 2 has size 0; sizes must be > 0",
                failure(idx(new byte[0], 3, 0), idx(LABELS, 3)));
        assertEquals(dir.resolve("labels") + " holds only the label 0; classification needs at least two classes",
                failure(idx(PIXELS, 3, 4), idx(bytes(0, 0, 0), 3)));
        assertThrows(IllegalArgumentException.class, () -> IdxReader.read(dir, dir, Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> IdxReader.read(dir, dir, 0f));
    }

    @Test
    void directoryGivesTrainingAndTestPartsPlainOrGzipped() throws IOException {
        write(dir.resolve("train-images-idx3-ubyte.gz"), idx(PIXELS, 3, 2, 2), true);
        write(dir.resolve("train-labels-idx1-ubyte.gz"), idx(LABELS, 3), true);
        write(dir.resolve("t10k-images-idx3-ubyte"), idx(bytes(1, 2, 3, 4), 1, 2, 2), false);
        write(dir.resolve("t10k-labels-idx1-ubyte"), idx(bytes(5), 1), false);
        Dataset train = IdxReader.readDirectory(dir, true, 1f);
        Dataset test = IdxReader.readDirectory(dir, false, 1f);
        assertEquals(3, train.rows());
        assertEquals(1, test.rows());
        assertEquals(5, test.label(0));
        assertEquals(6, test.classNames().size());
        // the plain file wins over the gzipped one
        write(dir.resolve("train-labels-idx1-ubyte"), idx(bytes(1, 1, 1), 3), false);
        assertEquals(1, IdxReader.readDirectory(dir, true, 1f).label(0));
    }

    @Test
    void missingFilesSayWhichAndWhereFashionMnistComesFrom() throws IOException {
        write(dir.resolve("train-images-idx3-ubyte"), idx(PIXELS, 3, 2, 2), false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IdxReader.readDirectory(dir, true, 1f));
        assertEquals("no train-labels-idx1-ubyte or train-labels-idx1-ubyte.gz in " + dir + "; for Fashion-MNIST, "
                + "'apt-get install dataset-fashion-mnist' puts them in /usr/share/datasets/fashion-mnist", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> IdxReader.readDirectory(dir.resolve("nowhere"), false, 1f));
        assertTrue(e.getMessage().startsWith("no t10k-images-idx3-ubyte or t10k-images-idx3-ubyte.gz in "), e.getMessage());
    }
}
