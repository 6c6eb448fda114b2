package tanito.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --config FILE}: the command's flags from a JSON or YAML file; {@link ConfigDefaults} reads it. */
final class ConfigFlags {
    @Option(names = ConfigDefaults.OPTION, paramLabel = "FILE", description = "flags from a JSON or YAML file, "
            + "keys as the long flag names without dashes (lr: 0.01, layers: [64, 32]); flags given here override it")
    Path file;
}
