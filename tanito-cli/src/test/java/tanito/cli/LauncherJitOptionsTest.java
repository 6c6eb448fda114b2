package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The launcher's JIT options ({@code ./tanito}'s {@code jit} array): each names a method that exists,
 * so that a renamed method cannot silently lose its early compiling, and the JVM they are given to
 * prints nothing on standard output, which {@code tanito bench --json} keeps for its one JSON object.
 */
class LauncherJitOptionsTest {
    /** A class, or the classes whose names begin with it when a star follows, and a method or all of them. */
    private static final Pattern METHOD = Pattern.compile("CompileThresholdScaling,([\\w.]+)(\\*?)::([\\w*]+),");

    @Test
    void everyMethodTheOptionsNameExists() throws Exception {
        List<String> options = launcherJitOptions();
        List<String> named = new ArrayList<>();
        for (String option : options) {
            Matcher m = METHOD.matcher(option);
            if (m.find()) {
                Class<?> type = Class.forName(m.group(1), false, LauncherJitOptionsTest.class.getClassLoader());
                String name = m.group(3);
                boolean found = name.equals("*")
                        || Arrays.stream(type.getDeclaredMethods()).map(Method::getName).anyMatch(name::equals);
                assertTrue(found, option + ": " + type.getName() + " has no method " + name);
                named.add(m.group(1) + m.group(2) + "::" + name);
            }
        }
        assertEquals(List.of("tanito.linalg.VectorGemm::*", "tanito.linalg.VectorTiles::*",
                "tanito.linalg.MatMul::gemm", "tanito.linalg.SplitGemm::*", "tanito.linalg.NetlibGemm::sgemm",
                "tanito.linalg.Parallel::forShares", "tanito.loss.SoftmaxCrossEntropy::evaluate",
                "tanito.metrics.Metric*::sum", "tanito.nn.Scratch::matrix", "tanito.linalg.Matrix::view"), named);
    }

    @Test
    void theJvmGivenTheOptionsPrintsNothingOnStandardOutput() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launcherJitOptions());
        command.add("-version");
        Process java = new ProcessBuilder(command).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, java.waitFor(), err);
        assertEquals("", out);
        assertTrue(err.contains("version"), err);
    }

    /** The {@code jit} array as the launcher builds it: its lines, run by bash, printed one per line. */
    private static List<String> launcherJitOptions() throws IOException, InterruptedException {
        List<String> options = LauncherBlock.array("jit=", "done", "jit", Map.of());
        assertTrue(options.size() > 1 && options.get(0).equals("-XX:CompileCommand=quiet"), options.toString());
        return options;
    }
}
