package tanito.cli;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Defaults from the {@code --config} file of the command being run: picocli asks for the options not
 * given on the command line (after parsing it, so {@code --config} is known), so flags override the
 * file and the file overrides the built-in defaults. A key that names no option of the command fails.
 */
final class ConfigDefaults implements IDefaultValueProvider {
    static final String OPTION = "--config";

    private final Map<CommandSpec, ConfigFile> files = new IdentityHashMap<>();
    private final Map<ArgSpec, String> supplied = new IdentityHashMap<>();

    @Override
    public String defaultValue(ArgSpec arg) {
        OptionSpec config = arg.command() == null ? null : arg.command().findOption(OPTION);
        if (!(arg instanceof OptionSpec option) || config == null || config.getValue() == null) {
            return null;
        }
        ConfigFile file = files.computeIfAbsent(arg.command(), command -> load(command, config.getValue()));
        String value = file.values().get(key(option));
        if (value != null) {
            supplied.put(arg, "key '" + key(option) + "' of config file '" + file.path() + "'");
        }
        return value;
    }

    /**
     * Whether the user set {@code flag} of the command being run: on the command line or in its config file
     * (a value the file gave counts as given, as the same flag would).
     */
    static Predicate<String> given(CommandSpec command) {
        ParseResult parsed = command.commandLine().getParseResult();
        IDefaultValueProvider provider = command.defaultValueProvider();
        return flag -> parsed.hasMatchedOption(flag) || provider instanceof ConfigDefaults config
                && config.supplied.containsKey(command.findOption(flag));
    }

    /** Where a value that failed came from: "key 'lr' of config file 'run.yaml'", or null for a flag. */
    String origin(ArgSpec arg) {
        return arg == null ? null : supplied.get(arg);
    }

    private static ConfigFile load(CommandSpec command, Path path) {
        try {
            ConfigFile file = ConfigFile.read(path);
            file.requireKnown(keys(command));
            return file;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage(), e);
        }
    }

    /** The keys a file may set: the command's long flag names without dashes, but not help, version or config. */
    private static List<String> keys(CommandSpec command) {
        return command.options().stream()
                .filter(option -> !option.usageHelp() && !option.versionHelp() && !option.longestName().equals(OPTION))
                .map(ConfigDefaults::key).toList();
    }

    private static String key(OptionSpec option) {
        return option.longestName().replaceFirst("^-+", "");
    }
}
