package tanito.train;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tanito.Version;
import tanito.data.Dataset;
import tanito.linalg.Matrix;
import tanito.linalg.MatMul;

/**
 * Where a model came from: the seed, a fingerprint of the training data (SHA-256 of its features and
 * targets as little-endian float32), and the software that trained it.
 */
public record Provenance(long seed, String trainingDataSha256, int trainingRows, String tanitoVersion,
                         String javaVersion, String gemmBackend) {

    static Provenance of(long seed, Dataset train) {
        return new Provenance(seed, fingerprint(train), train.rows(), Version.TANITO,
                System.getProperty("java.version"), MatMul.backend().description());
    }

    private static String fingerprint(Dataset data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            digest(sha, data.features());
            digest(sha, data.targets());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void digest(MessageDigest sha, Matrix m) {
        ByteBuffer bytes = ByteBuffer.allocate(m.cols() * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int r = 0; r < m.rows(); r++) {
            bytes.clear();
            for (int c = 0; c < m.cols(); c++) {
                bytes.putFloat(m.get(r, c));
            }
            sha.update(bytes.array(), 0, bytes.position());
        }
    }
}
