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
 * The access the launcher grants libraries ({@code ./tanito}'s {@code access} array), so that Java 24
 * and later print no warnings for netlib's and Hadoop's native code or Spark's use of {@code
 * sun.misc.Unsafe}: native access for every Java, the Unsafe option only where the {@code java} on the
 * {@code PATH} is 23 or later (Java 17 refuses it), read from the JDK's {@code release} file.
 */
class LauncherJavaAccessTest {
    private static final Path LAUNCHER = Path.of("..", "tanito");
    private static final String NATIVE = "--enable-native-access=ALL-UNNAMED";
    private static final String BOTH = NATIVE + " --sun-misc-unsafe-memory-access=allow";

    @ParameterizedTest(name = "release file JAVA_VERSION ''{0}''")
    @CsvSource({"25.0.3, " + BOTH, "23, " + BOTH, "22.0.2, " + NATIVE, "17.0.15, " + NATIVE,
            "'', " + NATIVE})
    void unsafeMemoryAccessIsAllowedFromJava23On(String javaVersion, String expected, @TempDir Path jdk)
            throws IOException, InterruptedException {
        Path bin = Files.createDirectories(jdk.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        if (!javaVersion.isEmpty()) {
            Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + javaVersion + "\"\n");
        }
        String script = "set -euo pipefail; source <(sed -n '/^access=(/,/^fi/p' \"$0\"); echo \"${access[*]}\"";
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", "-c", script, LAUNCHER.toString());
        builder.environment().put("PATH", bin + ":/usr/bin:/bin");
        Process bash = builder.start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(bash.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), err);
        assertEquals(List.of(expected), out.lines().toList());
    }
}
