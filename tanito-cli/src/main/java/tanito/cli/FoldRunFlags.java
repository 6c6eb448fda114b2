package tanito.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import tanito.linalg.MatMul;

/**
 * What every cross-validated command ({@code cv}, {@code curves}, {@code search}) shares: the hold-out
 * for early stopping inside each fold, and how many models train at once.
 */
final class FoldRunFlags {
    @Option(names = "--validation-fraction", defaultValue = "0.1",
            description = "share of each fold's training rows held out for early stopping (default: ${DEFAULT-VALUE})")
    double validationFraction;
    @Option(names = "--threads", paramLabel = "T", description = "models trained at once (default: 1 when the BLAS "
            + "library runs threads of its own, else one per processor)")
    Integer threads;
    @Option(names = "--no-report", description = "skip report.html and the charts")
    boolean noReport;

    /** Writes a page of the run. */
    @FunctionalInterface
    interface Page {
        void write() throws IOException;
    }

    /** Writes the run's page unless --no-report, then says what was written beside {@code json}. */
    void report(PrintWriter out, Path json, Page page) throws IOException {
        if (noReport) {
            out.println("wrote " + json);
            return;
        }
        page.write();
        out.println("wrote " + json + " and " + json.resolveSibling("report.html"));
    }

    /**
     * The user's choice, else 1 when the BLAS library spreads each product over the cores with threads
     * of its own, and one per processor when Tanito's threads do (single-threaded OpenBLAS, as the
     * launcher sets it, or pure Java). Measured on 2 cores (4-fold CV of a 256-128 net on digits, 30
     * epochs): with threaded OpenBLAS one model at a time took 6.3 s and two 12.3 s (the two thread
     * pools fight); with single-threaded OpenBLAS one took 5.1 s and two 3.5 s; with pure Java one
     * took 8.7 s and two 6.7 s.
     */
    int workers() {
        if (threads != null) {
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be >= 1, was " + threads);
            }
            return threads;
        }
        return MatMul.backendUsesAllCores() ? 1 : Runtime.getRuntime().availableProcessors();
    }

    /** The rows a model trains on in one of {@code folds} folds of {@code rows}, after the hold-out. */
    int trainingRows(int rows, int folds) {
        return (int) Math.round(rows * (folds - 1.0) / folds * (1 - validationFraction));
    }
}
