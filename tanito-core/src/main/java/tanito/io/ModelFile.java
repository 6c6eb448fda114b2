package tanito.io;

import static tanito.Require.require;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import tanito.data.FittedPreprocessing;
import tanito.nn.NetworkSpec;
import tanito.train.Model;
import tanito.train.Provenance;
import tanito.train.TrainerConfig;

/**
 * Saves and loads a {@link Model} as one JSON file (by convention {@code *.tanito.json}). Loading a
 * saved model and predicting gives bit-identical outputs: the network description, the fitted
 * scaler's statistics (JSON doubles round-trip exactly) and the raw float32 bits of the parameters
 * are all stored.
 *
 * <h2>Format, version 1</h2>
 * <pre>
 * {
 *   "format": "tanito-model", "formatVersion": 1,
 *   "network":  the NetworkSpec (inputs, trunk layers, heads; each layer with "type"),
 *   "preprocessing": the fitted imputer, feature scaler and target scaler, e.g.
 *               {"imputer": {"type": "none", ..}, "features": {"type": "standard", "mean": [..], "scale": [..]},
 *                "targets": {"type": "identity", ..}},
 *   "config":   the TrainerConfig (loss, optimizer, penalties, batch size, epochs, early stopping, seed),
 *   "featureNames": [..], "targetNames": [..], "classNames": [..] (empty for regression),
 *   "provenance": {seed, trainingDataSha256, trainingRows, tanitoVersion, javaVersion, gemmBackend},
 *   "parameters": {"count": n, "dtype": "float32", "byteOrder": "little-endian",
 *                  "sha256": hex digest of the bytes, "base64": the n * 4 bytes}
 * }
 * </pre>
 * The parameter vector is laid out as the network description lays it out: trunk layers first, then
 * each head; per dense layer the weights [inputs x units] row-major, then the biases.
 */
public final class ModelFile {
    static final String FORMAT = "tanito-model";
    static final int VERSION = 1;

    /** The file's top level. */
    record Document(String format, int formatVersion, NetworkSpec network, FittedPreprocessing preprocessing,
                    TrainerConfig config,
                    List<String> featureNames, List<String> targetNames, List<String> classNames,
                    Provenance provenance, Parameters parameters) {}

    /** The parameter vector as little-endian float32 bytes in base64, with their SHA-256. */
    record Parameters(int count, String dtype, String byteOrder, String sha256, String base64) {}

    private ModelFile() {}

    /** Writes the model to {@code path} atomically: a failed save leaves no partial file. */
    public static void save(Model model, Path path) throws IOException {
        AtomicFiles.write(path, toJson(model));
    }

    /** The file's bytes (UTF-8 JSON) for {@code model}, as {@link #save} writes them, e.g. to send them over HTTP. */
    public static byte[] toJson(Model model) throws IOException {
        byte[] bytes = toBytes(model.parameters());
        Document document = new Document(FORMAT, VERSION, model.networkSpec(), model.preprocessing(), model.config(),
                model.featureNames(), model.targetNames(), model.classNames(), model.provenance(),
                new Parameters(model.parameters().length, "float32", "little-endian", sha256(bytes),
                        Base64.getEncoder().encodeToString(bytes)));
        return Json.mapper().writeValueAsBytes(document);
    }

    /**
     * Reads a model saved by {@link #save}.
     *
     * @throws IllegalArgumentException naming the file when it is missing, not a Tanito model, of an
     *     unknown version or corrupt
     */
    public static Model load(Path path) throws IOException {
        Document d;
        try {
            d = Json.mapper().readValue(Files.readAllBytes(path), Document.class);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("model file '" + path + "' does not exist");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("'" + path + "' is not a readable Tanito model file: "
                    + e.getOriginalMessage());
        }
        require(FORMAT.equals(d.format()), "'%s' is not a Tanito model file (format '%s')", path, d.format());
        require(d.formatVersion() == VERSION, "'%s' has model format version %d; this Tanito reads version %d",
                path, d.formatVersion(), VERSION);
        byte[] bytes = Base64.getDecoder().decode(d.parameters().base64());
        require(sha256(bytes).equals(d.parameters().sha256()), "'%s' is corrupt: its parameters fail their checksum", path);
        float[] values = fromBytes(bytes);
        require(values.length == d.network().parameterCount(),
                "'%s' holds %d parameters but its network needs %d", path, values.length, d.network().parameterCount());
        return new Model(d.network(), values, d.preprocessing(), d.config(), d.featureNames(), d.targetNames(),
                d.classNames(), d.provenance());
    }

    private static byte[] toBytes(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    private static float[] fromBytes(byte[] bytes) {
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
