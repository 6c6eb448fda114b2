package tanito.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tanito.web.whatif.Probe;
import tanito.web.whatif.WhatIfServer;

/**
 * {@code tanito whatif --model FILE --data CSV}: reads the model and the data (columns by the
 * model's names, the true target required) before anything is served, so bad input is one line and
 * exit status 1; then serves the What-If probe on 127.0.0.1 (unless {@code --host} says otherwise),
 * prints its address and serves until interrupted. The page can only look at these two files.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "Serve the What-If probe of a saved model on a data file: predictions, a point editor, "
                + "counterfactuals, partial dependence, performance and slices in the browser.")
final class WhatIfCommand implements Callable<Integer> {
    @Spec
    CommandSpec command;
    @Mixin
    SavedModelFlags saved;
    @Option(names = "--port", defaultValue = "7071", description = "port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on; other than loopback shows the data to the network (default: ${DEFAULT-VALUE})")
    String host;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ModelData loaded = saved.load();
        WhatIfServer server = WhatIfServer.start(host, port, Probe.of(loaded.model(), loaded.rows()),
                saved.model.getFileName().toString(), saved.data.getFileName().toString());
        return Serving.untilInterrupted(command, "Tanito What-If probe", server, server.url(host));
    }
}
