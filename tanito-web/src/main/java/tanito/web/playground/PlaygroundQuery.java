package tanito.web.playground;

import static tanito.Require.require;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@link PlaygroundSpec} as a URL query string, the way TensorFlow Playground keeps its state in the
 * page's address: {@code dataset=circle&noise=0&...}, every field named, lists comma-separated, the
 * optimiser's hyper-parameters only when they are set, and an upload as its id, target and columns.
 */
final class PlaygroundQuery {

    private PlaygroundQuery() {}

    /** The spec as a query string, every field named. */
    static String of(PlaygroundSpec spec) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("dataset", spec.data().dataset().id());
        fields.put("noise", Integer.toString(spec.data().noise()));
        fields.put("trainPercent", Integer.toString(spec.data().trainPercent()));
        fields.put("batchSize", Integer.toString(spec.training().batchSize()));
        fields.put("features", spec.data().features().stream().map(Feature::id).collect(Collectors.joining(",")));
        fields.put("hiddenLayers",
                spec.network().hiddenLayers().stream().map(String::valueOf).collect(Collectors.joining(",")));
        fields.put("activation", spec.network().activation().id());
        fields.put("learningRate", Double.toString(spec.training().learningRate()));
        fields.put("regularization", spec.training().regularization().id());
        fields.put("regularizationRate", Double.toString(spec.training().regularizationRate()));
        fields.put("problem", spec.data().problem().id());
        fields.put("seed", Long.toString(spec.seed()));
        fields.put("optimizer", spec.training().optimizer());
        putIfGiven(fields, "momentum", spec.training().momentum());
        putIfGiven(fields, "beta1", spec.training().beta1());
        putIfGiven(fields, "beta2", spec.training().beta2());
        fields.put("dropout", Double.toString(spec.network().dropout()));
        fields.put("patience", Integer.toString(spec.training().patience()));
        fields.put("restoreBest", Boolean.toString(spec.training().restoreBest()));
        fields.put("order", spec.training().order());
        UploadChoice upload = spec.data().upload();
        if (upload != null) {
            fields.put("upload", upload.id());
            fields.put("target", upload.target() == null ? "" : upload.target());
            fields.put("columns", String.join(",", upload.columns()));
        }
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void putIfGiven(Map<String, String> fields, String key, Double value) {
        if (value != null) {
            fields.put(key, Double.toString(value));
        }
    }

    /**
     * The spec of a query string as {@link #of} writes it (a leading {@code ?} is allowed); fields left
     * out keep their {@link PlaygroundSpec#defaults()}, and a missing problem follows the data set.
     *
     * @throws IllegalArgumentException naming the field and value for an unknown field or a bad value
     */
    static PlaygroundSpec parse(String query) {
        Map<String, String> fields = new LinkedHashMap<>();
        String body = query.startsWith("?") ? query.substring(1) : query;
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            require(FIELDS.contains(key), "unknown playground field %s; the fields are %s", key, FIELDS);
            fields.put(key, value);
        }
        PlaygroundSpec d = PlaygroundSpec.defaults();
        DataSet dataset = field(fields, "dataset", DataSet::of, d.data().dataset());
        DataChoice data = new DataChoice(dataset,
                field(fields, "noise", Integer::parseInt, d.data().noise()),
                field(fields, "trainPercent", Integer::parseInt, d.data().trainPercent()),
                field(fields, "features", v -> list(v, Feature::of), d.data().features()),
                field(fields, "problem", Problem::of, dataset.problem()),
                fields.containsKey("upload") ? new UploadChoice(fields.get("upload"), blankAsNull(fields.get("target")),
                        field(fields, "columns", v -> list(v, String::valueOf), List.of())) : null);
        NetworkChoice network = new NetworkChoice(
                field(fields, "hiddenLayers", v -> list(v, Integer::parseInt), d.network().hiddenLayers()),
                field(fields, "activation", Activation::of, d.network().activation()),
                field(fields, "dropout", Double::parseDouble, d.network().dropout()));
        TrainingChoice training = new TrainingChoice(
                field(fields, "batchSize", Integer::parseInt, d.training().batchSize()),
                field(fields, "learningRate", Double::parseDouble, d.training().learningRate()),
                field(fields, "optimizer", v -> v, d.training().optimizer()),
                field(fields, "momentum", Double::valueOf, d.training().momentum()),
                field(fields, "beta1", Double::valueOf, d.training().beta1()),
                field(fields, "beta2", Double::valueOf, d.training().beta2()),
                field(fields, "regularization", Regularization::of, d.training().regularization()),
                field(fields, "regularizationRate", Double::parseDouble, d.training().regularizationRate()),
                field(fields, "patience", Integer::parseInt, d.training().patience()),
                field(fields, "restoreBest", PlaygroundQuery::bool, d.training().restoreBest()),
                field(fields, "order", v -> v, d.training().order()));
        return new PlaygroundSpec(data, network, training, field(fields, "seed", Long::parseLong, d.seed()));
    }

    /** Every name a query may hold: the spec's fields and, for an upload, its target and columns. */
    static final List<String> FIELDS = List.of("dataset", "noise", "trainPercent", "batchSize", "features",
            "hiddenLayers", "activation", "learningRate", "regularization", "regularizationRate", "problem", "seed",
            "optimizer", "momentum", "beta1", "beta2", "dropout", "patience", "restoreBest", "order",
            "upload", "target", "columns");

    private static <T> T field(Map<String, String> fields, String key, Function<String, T> parse, T otherwise) {
        String value = fields.get(key);
        if (value == null) {
            return otherwise;
        }
        try {
            return parse.apply(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "%s must be a number, was %s", key, value), e);
        }
    }

    private static boolean bool(String value) {
        require(value.equals("true") || value.equals("false"), "restoreBest must be true or false, was %s", value);
        return Boolean.parseBoolean(value);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <T> List<T> list(String value, Function<String, T> parse) {
        List<T> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(parse.apply(item.trim()));
            }
        }
        return items;
    }
}
