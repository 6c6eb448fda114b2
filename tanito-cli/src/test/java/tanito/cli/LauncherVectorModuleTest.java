package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    @ParameterizedTest(name = "libblas known: {0}, TANITO_JAVA_OPTS=''{1}''")
    @CsvSource({"true, '', ''", "false, '', --add-modules jdk.incubator.vector",
            "true, -Xmx1g -Dtanito.gemm=java, --add-modules jdk.incubator.vector", "true, -Dtanito.gemm=javax, ''"})
    void theModuleIsAddedOnlyWithoutSystemBlasOrWhenPureJavaIsAsked(boolean libblasKnown, String javaOptions,
                                                                    String expected, @TempDir Path bin)
            throws IOException, InterruptedException {
        Path ldconfig = bin.resolve("ldconfig");
        // a real list is longer than a pipe holds (67 kB here), with libblas.so.3 anywhere in it
        Files.writeString(ldconfig, "#!/bin/sh\n" + (libblasKnown
                ? "echo '\tlibblas.so.3 (libc6,x86-64) => /lib/x86_64-linux-gnu/libblas.so.3'\n" : "")
                + "seq 20000 | sed 's|.*|\tlibother&.so (libc6,x86-64) => /lib/x86_64-linux-gnu/libother&.so|'\n");
        ldconfig.toFile().setExecutable(true);
        List<String> vector = LauncherBlock.array("vector=()", "fi", "vector",
                Map.of("PATH", bin + ":/usr/bin:/bin", "TANITO_JAVA_OPTS", javaOptions));
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")), vector);
    }
}
