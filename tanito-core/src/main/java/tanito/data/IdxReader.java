package tanito.data;

import static tanito.Require.require;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import tanito.linalg.Matrix;

/**
 * Reads images and labels in the IDX format of MNIST and Fashion-MNIST (LeCun, Cortes &amp; Burges,
 * "The MNIST database", yann.lecun.com/exdb/mnist; Xiao, Rasul &amp; Vollgraf 2017 for Fashion-MNIST)
 * into a classification {@link Dataset}.
 *
 * <p>The format: a 4-byte magic number {@code 0x00 0x00 TYPE DIMS}, then DIMS big-endian 32-bit
 * sizes, then the items in row-major order. Only {@code TYPE = 0x08} (unsigned byte) is read; the
 * other IDX types (signed byte 0x09, short 0x0B, int 0x0C, float 0x0D, double 0x0E) are rejected by
 * name. An image file has at least two dimensions (the count, then the image's sizes, flattened
 * row by row); a label file has one. A file is gunzipped when it starts with the gzip magic bytes
 * {@code 1f 8b}, whatever its name.
 *
 * <p>Features are the pixels times {@code pixelScale} ({@code 1/255} maps them to [0, 1]), named
 * {@code pixel_0 .. pixel_{n-1}}; the target {@code label} is the class index and the class names
 * are {@code "0" .. "m"} for the largest label m, so every label present has a class and the index
 * is the label itself (a test file without some digit still has ten classes if it has a 9). Bad
 * files fail with an {@link IllegalArgumentException} naming the file: not IDX, an unsupported
 * type, truncated, damaged gzip data, data after the announced items, or image and label counts
 * that differ.
 */
public final class IdxReader {
    private static final int UNSIGNED_BYTE = 0x08;
    private static final int CHUNK = 1 << 16;

    private IdxReader() {}

    /** Reads an image file and its label file; see the class comment for the layout of the result. */
    public static Dataset read(Path images, Path labels, float pixelScale) throws IOException {
        require(Float.isFinite(pixelScale) && pixelScale > 0, "pixelScale must be finite and > 0, was %s", pixelScale);
        Matrix pixels;
        int[] classes;
        Path current = images;
        try {
            pixels = readImages(images, pixelScale);
            current = labels;
            classes = readLabels(labels);
        } catch (ZipException e) {
            throw new IllegalArgumentException(current + " starts as gzip but is damaged: " + e.getMessage(), e);
        }
        require(pixels.rows() == classes.length, "%s holds %d images but %s holds %d labels",
                images, pixels.rows(), labels, classes.length);
        Matrix targets = Matrix.zeros(classes.length, 1);
        int largest = 0;
        for (int i = 0; i < classes.length; i++) {
            targets.set(i, 0, classes[i]);
            largest = Math.max(largest, classes[i]);
        }
        require(largest > 0, "%s holds only the label 0; classification needs at least two classes", labels);
        return new Dataset(pixels, targets, names("pixel_", 0, pixels.cols()), List.of("label"),
                names("", 0, largest + 1));
    }

    /**
     * Reads the training ({@code train-*}) or test ({@code t10k-*}) part from a directory holding
     * the standard file names {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte},
     * {@code t10k-images-idx3-ubyte} and {@code t10k-labels-idx1-ubyte}, each plain or with
     * {@code .gz} (the plain file wins when both are there).
     */
    public static Dataset readDirectory(Path dir, boolean training, float pixelScale) throws IOException {
        String part = training ? "train" : "t10k";
        return read(find(dir, part + "-images-idx3-ubyte"), find(dir, part + "-labels-idx1-ubyte"), pixelScale);
    }

    private static Path find(Path dir, String name) {
        for (String candidate : List.of(name, name + ".gz")) {
            Path file = dir.resolve(candidate);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalArgumentException(String.format("no %s or %s.gz in %s; for Fashion-MNIST, "
                + "'apt-get install dataset-fashion-mnist' puts them in /usr/share/datasets/fashion-mnist",
                name, name, dir));
    }

    private static Matrix readImages(Path file, float pixelScale) throws IOException {
        float[] scaled = new float[256]; // one multiplication per byte value, not per pixel
        for (int b = 0; b < 256; b++) {
            scaled[b] = b * pixelScale;
        }
        try (DataInputStream in = open(file)) {
            int[] sizes = header(in, file);
            require(sizes.length >= 2,
                    "%s has %d dimension; an image file has at least 2 (count, then the image's sizes)",
                    file, sizes.length);
            long itemSize = 1;
            for (int d = 1; d < sizes.length && itemSize <= Integer.MAX_VALUE; d++) {
                itemSize *= sizes[d];
            }
            require((long) sizes[0] * itemSize <= Integer.MAX_VALUE - 8, "%s holds %d images of %d pixels, more than "
                    + "one Java array can hold", file, sizes[0], itemSize);
            Matrix pixels = Matrix.zeros(sizes[0], (int) itemSize);
            float[] out = pixels.data();
            byte[] chunk = new byte[CHUNK];
            for (int done = 0; done < out.length; ) {
                int length = readAtMost(in, chunk, Math.min(CHUNK, out.length - done));
                if (length == 0) {
                    throw truncated(file, out.length, done);
                }
                for (int i = 0; i < length; i++) {
                    out[done + i] = scaled[chunk[i] & 0xFF];
                }
                done += length;
            }
            requireEnd(in, file, sizes[0] + " images");
            return pixels;
        }
    }

    private static int[] readLabels(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            int[] sizes = header(in, file);
            require(sizes.length == 1, "%s has %d dimensions; a label file has 1", file, sizes.length);
            byte[] bytes = new byte[sizes[0]];
            int length = readAtMost(in, bytes, bytes.length);
            if (length < bytes.length) {
                throw truncated(file, bytes.length, length);
            }
            requireEnd(in, file, sizes[0] + " labels");
            int[] labels = new int[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                labels[i] = bytes[i] & 0xFF;
            }
            return labels;
        }
    }

    /** Opens a file, gunzipping it when it starts with the gzip magic bytes. */
    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), CHUNK);
        raw.mark(2);
        boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
        raw.reset();
        return new DataInputStream(gzip ? new BufferedInputStream(new GZIPInputStream(raw, CHUNK), CHUNK) : raw);
    }

    /** Checks the magic number and returns the dimension sizes. */
    private static int[] header(DataInputStream in, Path file) throws IOException {
        byte[] magic = new byte[4];
        require(readAtMost(in, magic, 4) == 4 && magic[0] == 0 && magic[1] == 0 && magic[3] > 0,
                "%s is not an IDX file: it must start with 0x00 0x00, a type byte and a dimension count", file);
        require(magic[2] == UNSIGNED_BYTE, "%s holds IDX type 0x%02X (%s); only 0x08 (unsigned byte) is supported",
                file, magic[2], typeName(magic[2]));
        int[] sizes = new int[magic[3]];
        byte[] size = new byte[4];
        for (int d = 0; d < sizes.length; d++) {
            if (readAtMost(in, size, 4) < 4) {
                throw new IllegalArgumentException(String.format(
                        "%s is truncated: its header ends before the size of dimension %d of %d",
                        file, d + 1, sizes.length));
            }
            sizes[d] = (size[0] & 0xFF) << 24 | (size[1] & 0xFF) << 16 | (size[2] & 0xFF) << 8 | (size[3] & 0xFF);
            require(sizes[d] > 0, "%s: dimension %d has size %d; sizes must be > 0", file, d + 1, sizes[d]);
        }
        return sizes;
    }

    private static String typeName(byte type) {
        return switch (type) {
            case 0x09 -> "signed byte";
            case 0x0B -> "16-bit integer";
            case 0x0C -> "32-bit integer";
            case 0x0D -> "32-bit float";
            case 0x0E -> "64-bit float";
            default -> "not an IDX type";
        };
    }

    /** Reads up to {@code length} bytes, fewer only at the end of the data (a cut gzip stream counts as an end). */
    private static int readAtMost(InputStream in, byte[] buffer, int length) throws IOException {
        int done = 0;
        while (done < length) {
            int read;
            try {
                read = in.read(buffer, done, length - done);
            } catch (EOFException cutGzipStream) {
                break;
            }
            if (read < 0) {
                break;
            }
            done += read;
        }
        return done;
    }

    private static IllegalArgumentException truncated(Path file, long expected, long found) {
        return new IllegalArgumentException(String.format(
                "%s is truncated: its header announces %d bytes of data, it holds %d", file, expected, found));
    }

    private static void requireEnd(InputStream in, Path file, String items) throws IOException {
        byte[] one = new byte[1];
        require(readAtMost(in, one, 1) == 0, "%s has more data after the %s its header announces", file, items);
    }

    private static List<String> names(String prefix, int from, int to) {
        List<String> names = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            names.add(prefix + i);
        }
        return names;
    }
}
