package tanito.web.whatif;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tanito.data.CsvReader;
import tanito.data.Dataset;
import tanito.data.Synthetic;
import tanito.io.ModelFile;
import tanito.linalg.Rng;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Adam;
import tanito.train.Model;
import tanito.train.Trainer;
import tanito.train.TrainerConfig;

/**
 * Small models for the What-If tests, trained in well under a second and saved and loaded through
 * a model file as {@code tanito whatif} loads them: wine (the shared CSV, three classes), the circle
 * (two classes) and the plane (regression).
 */
final class Models {
    /**
     * The shared wine CSV ({@code ../shared/datasets/wine.csv}) as the project holds it, byte for byte, for
     * its built-in data set: a clean clone needs nothing outside itself.
     */
    static final Path WINE_CSV = Path.of("../tanito-core/src/main/resources/tanito/data/wine.csv");

    private Models() {}

    /**
     * A 13-8-3 tanh network trained briefly (3 epochs) on all of wine.csv (good, with a few mistakes to
     * look at), probed on wine.csv read through the model's schema.
     */
    static Probe wine(Path dir) {
        assertTrue(Files.isReadable(WINE_CSV), "the What-If tests need " + WINE_CSV.toAbsolutePath());
        try {
            Dataset wine = CsvReader.read(WINE_CSV, CsvReader.Options.defaults());
            Model model = saveAndLoad(dir, "wine", wine, Loss.softmaxCrossEntropy(), 3, 3);
            return Probe.of(model, model.schema().read(WINE_CSV, ','));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server for {@code probe} on a free port of 127.0.0.1, its files called {@code name}. */
    static WhatIfServer serve(Probe probe, String name) {
        return WhatIfServer.start("127.0.0.1", 0, probe, name + ".tanito.json", name + ".csv");
    }

    /** A 2-8-2 network on 300 points of the circle with noise 0.5 (the classes overlap). */
    static Probe circle(Path dir) {
        Dataset circle = Synthetic.circle(300, 0.5, Rng.seeded(3));
        return Probe.of(saveAndLoad(dir, "circle", circle, Loss.softmaxCrossEntropy(), 2, 60), circle);
    }

    /** A 2-8-1 network on 300 points of the plane {@code label = (x1 + x2) / 10}. */
    static Probe plane(Path dir) {
        Dataset plane = Synthetic.plane(300, 0.1, Rng.seeded(5));
        return Probe.of(saveAndLoad(dir, "plane", plane, Loss.meanSquaredError(), 1, 40), plane);
    }

    private static Model saveAndLoad(Path dir, String name, Dataset data, Loss loss, int outputs, int epochs) {
        NetworkSpec spec = NetworkSpec.input(data.features().cols()).dense(8, Activation.tanh()).output(outputs);
        TrainerConfig config = TrainerConfig.of(loss, Adam.withLearningRate(0.02)).withBatchSize(16).withEpochs(epochs);
        Model model = new Trainer(config).fit(spec, data, data).model();
        try {
            Path file = dir.resolve(name + ".tanito.json");
            ModelFile.save(model, file);
            return ModelFile.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
