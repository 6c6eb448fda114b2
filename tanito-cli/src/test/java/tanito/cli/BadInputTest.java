package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input: one clear line on standard error, a non-zero exit, no stack trace and no files written. */
class BadInputTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> cases() throws IOException {
        Path text = Files.writeString(dir.resolve("text.csv"), "a,b,label\n1,2,x\n3,oops,y\n5,6,x\n7,8,y\n");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "a,b,label\n1,2,x\n3,4\n5,6,y\n");
        Path oneClass = Files.writeString(dir.resolve("one.csv"), "a,b,label\n1,2,x\n3,4,x\n5,6,x\n");
        Path tiny = Files.writeString(dir.resolve("tiny.csv"), "a,b,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n");
        return Stream.of(
                Arguments.of(new String[] {"--data", empty.toString()}, 1,
                        "tanito: error: " + empty + " is empty; a header row is required"),
                Arguments.of(new String[] {"--data", ragged.toString()}, 1,
                        "tanito: error: " + ragged + " line 3 has 2 fields, the header has 3"),
                Arguments.of(new String[] {"--data", oneClass.toString()}, 1, "tanito: error: the target column 'label' of "
                        + oneClass + " has a single class 'x'; classification needs at least two"),
                Arguments.of(new String[] {"--data", tiny.toString()}, 1,
                        "tanito: error: split 70/20/10 leaves the test part empty (4 rows)"),
                Arguments.of(new String[] {"--data", "builtin:iris", "--target", "colour"}, 1,
                        "tanito: error: no column 'colour' in builtin:iris; columns are: sepal_length, sepal_width, "
                                + "petal_length, petal_width, species"),
                Arguments.of(new String[] {"--data", text.toString()}, 1,
                        "tanito: error: " + text + " line 3, column 'b': 'oops' is not a number"),
                Arguments.of(new String[] {"--lr", "-0.1"}, 1, "tanito: error: learningRate must be > 0, was -0.1"),
                Arguments.of(new String[] {"--dropout", "1"}, 1, "tanito: error: dropout rate must be in [0, 1), was 1.0"),
                Arguments.of(new String[] {"--data", dir.resolve("none.csv").toString()}, 1,
                        "tanito: error: data file '" + dir.resolve("none.csv") + "' does not exist"),
                Arguments.of(new String[] {"--optimizer", "adamx"}, 1,
                        "tanito: error: unknown --optimizer 'adamx'; choose one of " + OptimizerFlags.NAMES),
                Arguments.of(new String[] {"--optimizer", "sgd", "--beta1", "0.8"}, 1,
                        "tanito: error: --beta1 does not apply to --optimizer sgd (it takes --lr, --momentum, "
                                + "--dampening, --nesterov, --weight-decay)"),
                Arguments.of(new String[] {"--optimizer", "adam", "--beta2", "1"}, 1,
                        "tanito: error: beta2 must be in [0, 1), was 1.0"),
                Arguments.of(new String[] {"--optimizer", "adadelta", "--rho", "1.5"}, 1,
                        "tanito: error: rho must be in (0, 1), was 1.5"),
                Arguments.of(new String[] {"--optimizer", "rmsprop", "--eps", "-1e-8"}, 1,
                        "tanito: error: epsilon must be >= 0, was -1.0E-8"),
                Arguments.of(new String[] {"--optimizer", "lbfgs", "--history-size", "-1"}, 1,
                        "tanito: error: historySize must be > 0, was -1"),
                Arguments.of(new String[] {"--optimizer", "hamiltonian", "--kinetic", "quadratic"}, 1,
                        "tanito: error: unknown kinetic energy 'quadratic'; use relativistic, power:a or power:a,A"),
                Arguments.of(new String[] {"--schedule", "step:10"}, 1,
                        "tanito: error: invalid --schedule 'step:10'; use " + ScheduleFlags.FORMS),
                Arguments.of(new String[] {"--schedule", "cosine:5", "--epochs", "3"}, 1,
                        "tanito: error: the cosine warm-up of 5.0 epochs must be shorter than --epochs 3"),
                Arguments.of(new String[] {"--clip-norm", "-1"}, 1,
                        "tanito: error: clip norm must be >= 0 (0: none), was -1.0"),
                Arguments.of(new String[] {"--layers", "64,x"}, 2,
                        "tanito: Invalid value for option '--layers' (N): 'x' is not an int (see 'tanito train --help')"),
                Arguments.of(new String[] {"--monitor", "val_mse"}, 1,
                        "tanito: error: early stopping monitors val_mse but this run measures loss and accuracy"),
                Arguments.of(new String[] {"--seed-policy", "numpy"}, 1,
                        "tanito: error: unknown seed policy 'numpy'; choose tanito or pytorch"),
                Arguments.of(new String[] {"--colour"}, 2, "tanito: Unknown option: '--colour' (see 'tanito train --help')"),
                Arguments.of(new String[] {"--activation", "relu", "--optimizer", "momentum", "--lr", "50", "--epochs", "5"}, 1,
                        "tanito: error: the loss became NaN in the validation after epoch 1; training stopped and no "
                                + "epoch finished, so no model was written (try a smaller learning rate)"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void oneLineNoStackTraceNoFiles(String[] flags, int exitCode, String message) {
        Path out = dir.resolve("out-" + System.nanoTime());
        String[] args = Stream.concat(Stream.of("train", "--quiet", "--out", out.toString()), Stream.of(flags))
                .toArray(String[]::new);
        Cli run = Cli.run(args);
        assertEquals(exitCode, run.exitCode());
        assertEquals(message + System.lineSeparator(), run.err());
        assertFalse(Files.exists(out), "a failed run wrote " + out);
    }
}
