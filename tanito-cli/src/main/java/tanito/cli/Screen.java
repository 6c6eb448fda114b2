package tanito.cli;

import java.io.Console;
import java.io.PrintStream;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command's progress goes: standard output, and whether it is a terminal. Decided once, when
 * {@link Main#main} starts, by this rule: a terminal when Java has a console ({@code System.console()};
 * on Java 17 to 21 that means standard input and output are both terminals, and from Java 22, which
 * gives a console to every process, {@code Console.isTerminal()} must say so too) and {@code TERM} is
 * not {@code dumb}. Anything else (a file, a pipe, CI logs, tests running the command in-process) gets
 * plain lines with no bar, carriage returns or escapes.
 */
record Screen(PrintStream out, boolean terminal) {

    /** The screen of this process's standard output. */
    static Screen system() {
        return new Screen(System.out, isTerminal(System.console()) && !"dumb".equals(System.getenv("TERM")));
    }

    /** The screen of the command running {@code command}, as {@link Main} was given it. */
    static Screen of(CommandSpec command) {
        return ((Main) command.root().userObject()).screen();
    }

    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console); // Java 22 and later
        } catch (NoSuchMethodException e) {
            return true; // before Java 22 a console exists only on a terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
