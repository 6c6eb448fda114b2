package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When the launcher gives the JVM the Vector API module ({@code ./tanito}'s {@code vector} array): where
 * {@code ldconfig} knows no {@code libblas.so.3}, or where {@code TANITO_JAVA_OPTS} asks for pure Java;
 * nowhere else, since the JVM then prints a warning line at start-up. The list {@code ldconfig} prints
 * here is longer than a pipe holds, as a real one is.
 */
class LauncherVectorModuleTest {
    private static final Path LAUNCHER = Path.of("..", "tanito");

    @ParameterizedTest(name = "libblas known: {0}, TANITO_JAVA_OPTS=''{1}''")
    @CsvSource({"true, '', ''", "false, '', --add-modules jdk.incubator.vector",
            "true, -Xmx1g -Dtanito.gemm=java, --add-modules jdk.incubator.vector", "true, -Dtanito.gemm=javax, ''"})
    void theModuleIsAddedOnlyWithoutSystemBlasOrWhenPureJavaIsAsked(boolean libblasKnown, String javaOptions,
                                                                    String expected, @TempDir Path bin)
            throws IOException, InterruptedException {
        Path ldconfig = bin.resolve("ldconfig");
        // a real list is longer than a pipe holds (67 kB here), with libblas.so.3 anywhere in it; the block
        // runs under the launcher's shell options
        Files.writeString(ldconfig, "#!/bin/sh\n" + (libblasKnown
                ? "echo '\tlibblas.so.3 (libc6,x86-64) => /lib/x86_64-linux-gnu/libblas.so.3'\n" : "")
                + "seq 20000 | sed 's|.*|\tlibother&.so (libc6,x86-64) => /lib/x86_64-linux-gnu/libother&.so|'\n");
        ldconfig.toFile().setExecutable(true);
        String script = "set -euo pipefail; source <(sed -n '/^vector=()/,/^fi/p' \"$0\"); echo \"${vector[*]}\"";
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", "-c", script, LAUNCHER.toString());
        builder.environment().put("PATH", bin + ":/usr/bin:/bin");
        builder.environment().put("TANITO_JAVA_OPTS", javaOptions);
        Process bash = builder.start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(bash.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), err);
        assertEquals(List.of(expected), out.lines().toList());
    }
}
