package tanito.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tanito.io.AtomicFiles;
import tanito.io.Json;
import tanito.report.Figure;
import tanito.report.demo.Demo;
import tanito.report.demo.DemoResult;

/**
 * {@code tanito example NAME}: runs one of the lecture's demonstrations and writes its charts (PNG
 * and SVG) and its key numbers ({@code example.json}) under {@code --out}.
 */
@Command(name = "example", mixinStandardHelpOptions = true,
        description = "Run a demonstration: overfitting, standardisation, dropout, optimisers, elephant.")
final class ExampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec command;
    @Parameters(paramLabel = "NAME", description = "overfitting, standardisation, dropout, optimisers or elephant")
    String name;
    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: runs/example-NAME-DATE-TIME)")
    Path outputDirectory;
    @Option(names = "--seed", defaultValue = "42", description = "(default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws IOException {
        Demo demo = Demo.named(name);
        PrintWriter out = command.commandLine().getOut();
        out.println(demo.name() + ": " + demo.description());
        out.flush();
        DemoResult result = demo.run(seed);
        result.lines().forEach(out::println);
        Path directory = outputDirectory == null ? Runs.defaultDirectory("example-" + demo.name()) : outputDirectory;
        Files.createDirectories(directory);
        for (Figure figure : result.figures()) {
            figure.chart().writeTo(directory);
        }
        AtomicFiles.write(directory.resolve("example.json"), Json.mapper().writeValueAsBytes(result.numbers()));
        out.println("wrote the charts and example.json under " + directory);
        return 0;
    }
}
