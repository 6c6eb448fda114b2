package tanito.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where data sets come from, by a data specification as the {@code --data} flag takes it:
 * <ul>
 *   <li>{@code builtin:NAME}: iris, wine or digits, shipped as CSV resources next to this class
 *   with their sources and licences in its {@code README.md};
 *   <li>{@code synthetic:NAME} or {@code synthetic:NAME?rows=N&noise=X&seed=S}: a generated
 *   {@link Synthetic} set, NAME one of circle, xor, gaussians, spiral (classification), plane,
 *   multi-gaussian, elephant (regression); by default 500 rows for classification and 1200 for
 *   regression (the TensorFlow Playground's counts), noise 0 (the playground's default), seed 1;
 *   <li>{@code idx:DIR} and {@code idx-test:DIR}: the training ({@code train-*}) or test
 *   ({@code t10k-*}) part of MNIST-style IDX files in DIR, pixels scaled to [0, 1]
 *   ({@link IdxReader#readDirectory});
 *   <li>anything else: the path of a CSV file ({@link CsvReader}).
 * </ul>
 * The reading options choose the target, features and task of CSV data. The generated and IDX
 * sets have fixed columns, so for them the options must leave the target, the features and the
 * task unchosen (or choose what the set has); anything else is an error, not silently ignored.
 */
public final class Datasets {
    /** The prefix that names a built-in data set in a data specification. */
    public static final String BUILTIN_PREFIX = "builtin:";

    /** The prefix of a generated data set: {@code synthetic:NAME?rows=N&noise=X&seed=S}. */
    public static final String SYNTHETIC_PREFIX = "synthetic:";
    /** The prefix of the training part of IDX files in a directory. */
    public static final String IDX_PREFIX = "idx:";
    /** The prefix of the test part of IDX files in a directory. */
    public static final String IDX_TEST_PREFIX = "idx-test:";

    private static final float PIXEL_SCALE = 1f / 255;
    private static final List<String> BUILTINS = List.of("iris", "wine", "digits");

    private Datasets() {}

    /** The names of the built-in data sets: iris, wine, digits. */
    public static List<String> builtinNames() {
        return BUILTINS;
    }

    /** The names {@code synthetic:} takes: circle, xor, gaussians, spiral, plane, multi-gaussian, elephant. */
    public static List<String> syntheticNames() {
        return SyntheticSource.names();
    }

    /** A built-in data set with its last column as the target and the task inferred (classification). */
    public static Dataset builtin(String name) {
        return builtin(name, CsvReader.Options.defaults());
    }

    /**
     * A built-in data set read with the target, features and task of {@code options}; the built-ins
     * are comma-separated, so the delimiter of {@code options} is ignored.
     */
    public static Dataset builtin(String name, CsvReader.Options options) {
        if (!BUILTINS.contains(name)) {
            throw new IllegalArgumentException(String.format("unknown built-in data set '%s'; built-ins are: %s",
                    name, String.join(", ", BUILTINS)));
        }
        String resource = name + ".csv";
        try (InputStream in = Datasets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource tanito/data/" + resource + " is missing from the build");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CsvReader.read(reader, BUILTIN_PREFIX + name, options.withDelimiter(','));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in resource " + resource, e);
        }
    }

    /**
     * Loads a data specification: {@code builtin:NAME}, {@code synthetic:NAME?..}, {@code idx:DIR},
     * {@code idx-test:DIR} or the path of a CSV file (see the class comment).
     */
    public static Dataset load(String spec, CsvReader.Options options) throws IOException {
        if (spec.startsWith(BUILTIN_PREFIX)) {
            return builtin(spec.substring(BUILTIN_PREFIX.length()), options);
        }
        if (spec.startsWith(SYNTHETIC_PREFIX)) {
            return fixedColumns(spec, SyntheticSource.load(spec.substring(SYNTHETIC_PREFIX.length())), options);
        }
        if (spec.startsWith(IDX_PREFIX) || spec.startsWith(IDX_TEST_PREFIX)) {
            boolean training = spec.startsWith(IDX_PREFIX);
            Path dir = Path.of(spec.substring((training ? IDX_PREFIX : IDX_TEST_PREFIX).length()));
            return fixedColumns(spec, IdxReader.readDirectory(dir, training, PIXEL_SCALE), options);
        }
        Path path = Path.of(spec);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(String.format("data file '%s' does not exist", spec));
        }
        return CsvReader.read(path, options);
    }

    /** Returns {@code data} after checking that the options choose nothing it does not have. */
    private static Dataset fixedColumns(String spec, Dataset data, CsvReader.Options options) {
        String target = options.target();
        if (target != null && !data.targetNames().equals(List.of(target))) {
            throw new IllegalArgumentException(String.format("the target of %s cannot be chosen: it is %s, not '%s'",
                    spec, String.join(", ", data.targetNames()), target));
        }
        List<String> features = data.featureNames();
        if (!options.features().isEmpty() && !options.features().equals(features)) {
            String names = features.size() <= 10 ? String.join(", ", features)
                    : features.get(0) + " .. " + features.get(features.size() - 1);
            throw new IllegalArgumentException(String.format("the features of %s cannot be chosen: they are %s",
                    spec, names));
        }
        Task task = data.isClassification() ? Task.CLASSIFICATION : Task.REGRESSION;
        if (options.task() != Task.AUTO && options.task() != task) {
            throw new IllegalArgumentException(String.format("%s is a %s data set, it cannot be read for %s",
                    spec, task.name().toLowerCase(Locale.ROOT), options.task().name().toLowerCase(Locale.ROOT)));
        }
        return data;
    }
}
