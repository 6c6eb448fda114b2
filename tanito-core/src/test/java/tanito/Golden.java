package tanito;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tanito.linalg.Matrix;

/** Reads the golden reference files from the test resources; a missing file fails the test. */
public final class Golden {
    private Golden() {}

    public static JsonNode read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("golden file " + name + " is missing from src/test/resources/golden");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static double[] vector(JsonNode node) {
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = node.get(i).asDouble();
        }
        return v;
    }

    public static double[][] matrix(JsonNode node) {
        double[][] m = new double[node.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(node.get(i));
        }
        return m;
    }

    public static Matrix floatMatrix(JsonNode node) {
        return Matrix.of(matrix(node));
    }

    /** |actual - expected| &lt;= tolerance * max(|expected|, floor), the golden files' comparison. */
    public static boolean close(double actual, double expected, double tolerance, double floor) {
        return Math.abs(actual - expected) <= tolerance * Math.max(Math.abs(expected), floor);
    }
}
