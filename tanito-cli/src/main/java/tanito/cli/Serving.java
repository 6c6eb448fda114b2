package tanito.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Model.CommandSpec;

/** How the serving commands serve: print the page's address, then serve until the process is interrupted. */
final class Serving {
    private Serving() {}

    /** Prints {@code "<title>: <url>  (Ctrl-C stops it)"} and blocks; the server closes when the process ends. */
    static int untilInterrupted(CommandSpec command, String title, AutoCloseable server, String url)
            throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // the process is ending; nothing is left to tell
            }
        }, "server-shutdown"));
        PrintWriter out = command.commandLine().getOut();
        out.println(title + ": " + url + "  (Ctrl-C stops it)");
        out.flush();
        new CountDownLatch(1).await();
        return 0;
    }
}
