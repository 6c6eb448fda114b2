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

/**
 * Where data sets come from: the built-in ones (iris, wine and digits, shipped as CSV resources
 * next to this class with their sources and licences in its {@code README.md}) or a CSV file. A
 * data specification is {@code builtin:NAME} or a file path, as the {@code --data} flag takes it.
 */
public final class Datasets {
    /** The prefix that names a built-in data set in a data specification. */
    public static final String BUILTIN_PREFIX = "builtin:";

    private static final List<String> BUILTINS = List.of("iris", "wine", "digits");

    private Datasets() {}

    /** The names of the built-in data sets: iris, wine, digits. */
    public static List<String> builtinNames() {
        return BUILTINS;
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

    /** Loads {@code builtin:NAME} or the CSV file at path {@code spec}. */
    public static Dataset load(String spec, CsvReader.Options options) throws IOException {
        if (spec.startsWith(BUILTIN_PREFIX)) {
            return builtin(spec.substring(BUILTIN_PREFIX.length()), options);
        }
        Path path = Path.of(spec);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(String.format("data file '%s' does not exist", spec));
        }
        return CsvReader.read(path, options);
    }
}
