package tanito.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes IDX files for tests, independently of {@link IdxReader}: magic 00 00 TYPE DIMS, big-endian sizes,
 * data. Public for other modules' tests (tanito-core's test jar).
 */
public final class IdxFiles {
    private IdxFiles() {}

    /** The bytes of an IDX file of unsigned bytes. */
    public static byte[] idx(byte[] data, int... sizes) {
        return idx(0x08, data, sizes);
    }

    public static byte[] idx(int type, byte[] data, int... sizes) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(new byte[] {0, 0, (byte) type, (byte) sizes.length});
            for (int size : sizes) {
                out.writeInt(size); // DataOutputStream is big-endian
            }
            out.write(data);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static Path write(Path file, byte[] content, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(content);
        }
        return file;
    }

    /** Labels as unsigned bytes. */
    public static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
