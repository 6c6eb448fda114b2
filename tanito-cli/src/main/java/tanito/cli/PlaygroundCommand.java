package tanito.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tanito.web.playground.PlaygroundServer;

/**
 * {@code tanito playground}: serves the Playground on 127.0.0.1 (unless {@code --host} says
 * otherwise), prints its address, and serves until interrupted.
 */
@Command(name = "playground", mixinStandardHelpOptions = true,
        description = "Serve the Playground: train small networks on 2-D data in the browser, on Tanito's engine.")
final class PlaygroundCommand implements Callable<Integer> {
    @Spec
    CommandSpec command;
    @Option(names = "--port", defaultValue = "7070", description = "port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on; other than loopback exposes training to the network (default: ${DEFAULT-VALUE})")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        PlaygroundServer server = PlaygroundServer.start(host, port);
        return Serving.untilInterrupted(command, "Tanito Playground", server, server.url(host));
    }
}
