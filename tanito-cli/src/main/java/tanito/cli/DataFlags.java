package tanito.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import picocli.CommandLine.Option;
import tanito.data.CsvReader;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.data.ImputerSpec;
import tanito.data.Preprocessing;
import tanito.data.ScalerSpec;
import tanito.data.Task;

/** Where the data comes from, which columns mean what, and how features are scaled. */
final class DataFlags {
    @Option(names = "--data", defaultValue = "builtin:iris", paramLabel = "PATH|builtin:NAME",
            description = "CSV file with a header row, or builtin:iris, builtin:wine, builtin:digits (default: ${DEFAULT-VALUE})")
    String data;
    @Option(names = "--target", paramLabel = "COLUMN", description = "target column (default: the last column)")
    String target;
    @Option(names = "--features", split = ",", paramLabel = "COLUMN", description = "feature columns (default: all others)")
    List<String> features = List.of();
    @Option(names = "--task", defaultValue = "auto", paramLabel = "auto|classification|regression",
            description = "default: inferred from the target (${DEFAULT-VALUE})")
    String task;
    @Option(names = "--scale", defaultValue = "standard", paramLabel = "standard|minmax[:LOW,HIGH]|robust|none",
            description = "feature scaling fitted on the training part (default: ${DEFAULT-VALUE})")
    String scale;
    @Option(names = "--scale-target", defaultValue = "none", paramLabel = "standard|minmax[:LOW,HIGH]|robust|none",
            description = "regression target scaling fitted on the training part, undone at prediction (default: ${DEFAULT-VALUE})")
    String scaleTarget;
    @Option(names = "--impute", defaultValue = "none", paramLabel = "mean|median|none",
            description = "fill missing feature values with the training part's statistic (default: reject them)")
    String impute;

    /** Reads {@code .parquet} data; {@code tanito spark} sets it (Spark reads Parquet), elsewhere null. */
    BiFunction<String, CsvReader.Options, Dataset> parquetReader;

    Dataset load() throws IOException {
        ImputerSpec imputer = ImputerSpec.named(impute);
        CsvReader.Missing missing = imputer instanceof ImputerSpec.None ? CsvReader.Missing.REJECT : CsvReader.Missing.KEEP;
        CsvReader.Options options = new CsvReader.Options(',', target, features, task(), missing);
        if (data.endsWith(".parquet")) {
            if (parquetReader == null) {
                throw new IllegalArgumentException("Parquet data is read by tanito spark: ./tanito spark train --data "
                        + data + " ...");
            }
            return parquetReader.apply(data, options);
        }
        return Datasets.load(data, options);
    }

    Preprocessing preprocessing() {
        return new Preprocessing(ImputerSpec.named(impute), ScalerSpec.named(scale), ScalerSpec.named(scaleTarget));
    }

    /** "scaling 'standard' fitted on the training part", with imputation and target scaling when asked. */
    String describePreprocessing() {
        return "scaling '" + scale + "'" + (impute.equals("none") ? "" : ", missing values imputed by " + impute)
                + (scaleTarget.equals("none") ? "" : ", targets scaled '" + scaleTarget + "'") + " fitted on the training part";
    }

    /** "builtin:iris: 150 rows, 4 features, 3 classes [...]". */
    String describe(Dataset dataset) {
        return String.format(Locale.ROOT, "data %s: %d rows, %d features, %s", data, dataset.rows(),
                dataset.features().cols(), dataset.isClassification()
                        ? dataset.classNames().size() + " classes " + dataset.classNames()
                        : "regression on " + dataset.targetNames());
    }

    private Task task() {
        switch (task.toLowerCase(Locale.ROOT)) {
            case "auto": return Task.AUTO;
            case "classification": return Task.CLASSIFICATION;
            case "regression": return Task.REGRESSION;
            default: throw new IllegalArgumentException("unknown --task '" + task
                    + "'; choose auto, classification or regression");
        }
    }
}
