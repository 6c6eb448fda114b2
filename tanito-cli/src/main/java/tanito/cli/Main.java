package tanito.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code tanito} command. Every failure the user can cause ends as one line on standard error
 * and a non-zero exit status, never a stack trace: 2 for a bad command line, 1 for bad data or
 * settings. {@code --verbose} adds the stack trace of unexpected errors.
 */
@Command(name = "tanito", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Train neural networks with the classic training tricks, done right and fast.",
        subcommands = {TrainCommand.class, PredictCommand.class, EvaluateCommand.class, ReportCommand.class,
                ExampleCommand.class, CvCommand.class, SearchCommand.class, CurvesCommand.class, PlaygroundCommand.class,
                WhatIfCommand.class, BenchCommand.class, SparkCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    static final int BAD_INPUT = 1;
    static final int BAD_USAGE = 2;

    private final Screen screen;

    private Main(Screen screen) {
        this.screen = screen;
    }

    public static void main(String[] args) {
        System.exit(run(args, Screen.system(), System.err));
    }

    /**
     * Runs the command with the given streams and returns its exit status (for tests and the launcher);
     * {@code out} counts as not a terminal, so progress is plain lines.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, new Screen(out, false), err);
    }

    static int run(String[] args, Screen screen, PrintStream err) {
        PrintStream out = screen.out();
        CommandLine cli = new CommandLine(new Main(screen));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        ConfigDefaults config = new ConfigDefaults();
        cli.setDefaultValueProvider(config);
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            String origin = config.origin(e.getArgSpec());
            failed.getErr().println("tanito: " + e.getMessage() + (origin == null ? "" : ", from " + origin) + " (see 'tanito "
                    + (failed == cli ? "" : failed.getCommandName() + " ") + "--help')");
            return BAD_USAGE;
        });
        cli.setExecutionExceptionHandler((e, failed, parseResult) -> {
            failed.getErr().println("tanito: error: " + message(e));
            if (!(e instanceof IllegalArgumentException || e instanceof UncheckedIOException
                    || e instanceof java.io.IOException) && parseResult.hasMatchedOption("--verbose")) {
                e.printStackTrace(failed.getErr());
            }
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    Screen screen() {
        return screen;
    }

    /** One line: the exception's own message, or its kind when it has none. */
    private static String message(Exception e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + t.getMessage();
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + t.getMessage();
        }
        String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        boolean internal = !(t instanceof IllegalArgumentException || t instanceof java.io.IOException);
        return (internal ? "internal error (" + t.getClass().getSimpleName() + "; rerun with --verbose): " : "")
                + text.lines().findFirst().orElse(text);
    }
}
