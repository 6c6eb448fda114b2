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
 * The access the launcher grants libraries ({@code ./tanito}'s {@code access} array), so that Java 24
 * and later print no warnings for netlib's and Hadoop's native code or Spark's use of {@code
 * sun.misc.Unsafe}: native access for every Java, the Unsafe option only where the {@code java} on the
 * {@code PATH} is 23 or later (Java 17 refuses it), read from the JDK's {@code release} file.
 */
class LauncherJavaAccessTest {
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
        List<String> access = LauncherBlock.array("access=(", "fi", "access", Map.of("PATH", bin + ":/usr/bin:/bin"));
        assertEquals(List.of(expected.split(" ")), access);
    }
}
