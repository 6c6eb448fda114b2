package tanito;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tanito.data.Dataset;
import tanito.data.Datasets;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.io.ModelFile;
import tanito.linalg.Rng;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;
import tanito.regularize.Penalty;
import tanito.train.EarlyStopping;
import tanito.train.Model;
import tanito.train.Trainer;
import tanito.train.TrainerConfig;
import tanito.train.TrainingResult;

/** The README's Java example, compiled and run, and checked to be the text the README shows. */
class ReadmeExampleTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src", "test", "java", "tanito", "ReadmeExampleTest.java");

    @Test
    void theExampleTrainsEvaluatesPredictsAndSaves() throws IOException {
        try {
            runTheExample();
        } finally {
            Files.deleteIfExists(Path.of("iris.tanito.json"));
        }
    }

    private static void runTheExample() throws IOException {
        // README:start
        Dataset iris = Datasets.builtin("iris");
        Split split = SplitSpec.parse("70/20/10").apply(iris, Rng.seeded(42));

        NetworkSpec net = NetworkSpec.input(4)
                .dense(64, Activation.relu()).dropout(0.1)
                .dense(32, Activation.relu())
                .output(3);
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), Adam.defaults())
                .withBatchSize(16)
                .withEpochs(200)
                .withPenalties(Penalty.l2(1e-4))
                .withEarlyStopping(EarlyStopping.patience(20));

        TrainingResult result = new Trainer(config).fit(net, split.train(), split.validation());
        Model model = result.model();
        double accuracy = model.evaluate(split.test()).metric();
        String species = model.predictClassName(5.1f, 3.5f, 1.4f, 0.2f);
        ModelFile.save(model, Path.of("iris.tanito.json"));
        Model loaded = ModelFile.load(Path.of("iris.tanito.json"));
        // README:end
        assertTrue(accuracy >= 0.9, "test accuracy " + accuracy);
        assertEquals("setosa", species);
        assertEquals("setosa", loaded.predictClassName(5.1f, 3.5f, 1.4f, 0.2f));
        assertTrue(result.bestEpoch() >= 1);
    }

    @Test
    void theReadmeShowsExactlyThisExample() throws IOException {
        String readme = Files.readString(README);
        int marker = readme.indexOf("<!-- java-example -->");
        assertTrue(marker >= 0, "README.md lost its <!-- java-example --> marker");
        int start = readme.indexOf("```java\n", marker) + "```java\n".length();
        String block = readme.substring(start, readme.indexOf("```", start));
        assertEquals(snippet(), block.lines().filter(l -> !l.startsWith("import ") && !l.isBlank())
                .map(String::strip).collect(Collectors.toList()));
    }

    private static List<String> snippet() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE);
        int from = indexOf(lines, "// README:start") + 1;
        int to = indexOf(lines, "// README:end");
        return lines.subList(from, to).stream().filter(l -> !l.isBlank()).map(String::strip).collect(Collectors.toList());
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("marker " + marker + " missing from " + SOURCE);
    }
}
