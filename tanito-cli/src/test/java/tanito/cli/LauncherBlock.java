package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One block of the launcher ({@code ./tanito}) run by itself, under the launcher's shell options: the
 * lines from the one that begins with {@code first} to the next that begins with {@code last}, then
 * the elements of the array the block builds, one per line.
 */
final class LauncherBlock {
    private static final Path LAUNCHER = Path.of("..", "tanito");

    private LauncherBlock() {}

    /** The elements of {@code array} after the block ran with {@code environment} added to this one's. */
    static List<String> array(String first, String last, String array, Map<String, String> environment)
            throws IOException, InterruptedException {
        String script = "set -euo pipefail; source <(sed -n '/^" + first + "/,/^" + last + "/p' \"$0\"); "
                + "printf '%s\\n' ${" + array + "[@]+\"${" + array + "[@]}\"}";
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", "-c", script, LAUNCHER.toString());
        builder.environment().putAll(environment);
        Process bash = builder.start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(bash.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), err);
        return out.lines().filter(line -> !line.isEmpty()).toList();
    }
}
