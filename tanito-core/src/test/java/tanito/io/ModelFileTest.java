package tanito.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tanito.data.Datasets;
import tanito.data.ScalerSpec;
import tanito.data.Split;
import tanito.data.SplitSpec;
import tanito.linalg.Matrix;
import tanito.linalg.Rng;
import tanito.loss.Loss;
import tanito.nn.Activation;
import tanito.nn.NetworkSpec;
import tanito.optim.Sgd;
import tanito.regularize.Penalty;
import tanito.train.EarlyStopping;
import tanito.train.Model;
import tanito.train.Trainer;
import tanito.train.TrainerConfig;

class ModelFileTest {
    private static final Split WINE = SplitSpec.PRESET_70_20_10.apply(Datasets.builtin("wine"), Rng.seeded(3));

    private static Model trained() {
        TrainerConfig config = TrainerConfig.of(Loss.softmaxCrossEntropy(), Sgd.nesterov(0.01, 0.9))
                .withEpochs(20).withBatchSize(16).withPenalties(Penalty.l1(1e-5), Penalty.l2(1e-4))
                .withEarlyStopping(EarlyStopping.patience(5));
        NetworkSpec net = NetworkSpec.input(13).dense(16, Activation.tanh()).dropout(0.2).dense(8, Activation.elu())
                .output(3);
        return new Trainer(config).fit(net, WINE.train(), WINE.validation()).model();
    }

    @Test
    void loadingAndPredictingGivesBitIdenticalOutputs(@TempDir Path dir) throws IOException {
        Model model = trained();
        Path file = dir.resolve("wine.tanito.json");
        ModelFile.save(model, file);
        Model loaded = ModelFile.load(file);

        Matrix raw = WINE.test().features();
        assertTrue(model.predict(raw).contentEquals(loaded.predict(raw)), "predictions differ after loading");
        assertArrayEquals(model.parameters(), loaded.parameters());
        assertArrayEquals(model.predictClasses(raw), loaded.predictClasses(raw));
        assertEquals(model.networkSpec(), loaded.networkSpec());
        assertEquals(model.config(), loaded.config());
        assertEquals(model.classNames(), loaded.classNames());
        assertEquals(model.featureNames(), loaded.featureNames());
        assertEquals(model.provenance(), loaded.provenance());
        assertEquals(List.of("class_0", "class_1", "class_2"), loaded.classNames());
        assertEquals(model.preprocessing(), loaded.preprocessing());
        assertEquals(ScalerSpec.standard().fit(WINE.train().features()), loaded.preprocessing().features(),
                "the saved statistics are the training part's");
    }

    @Test
    void savingLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        ModelFile.save(trained(), dir.resolve("m.tanito.json"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("m.tanito.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void badFilesAreNamedInOneLine(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("none.json");
        assertEquals("model file '" + missing + "' does not exist",
                assertThrows(IllegalArgumentException.class, () -> ModelFile.load(missing)).getMessage());

        Path notJson = Files.writeString(dir.resolve("x.json"), "hello", StandardCharsets.UTF_8);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelFile.load(notJson)).getMessage()
                .startsWith("'" + notJson + "' is not a readable Tanito model file"));

        Path file = dir.resolve("m.json");
        ModelFile.save(trained(), file);
        String text = Files.readString(file);
        int at = text.indexOf("\"base64\" : \"") + 12;
        String flipped = text.substring(0, at) + (text.charAt(at) == 'A' ? 'B' : 'A') + text.substring(at + 1);
        Files.writeString(file, flipped);
        assertEquals("'" + file + "' is corrupt: its parameters fail their checksum",
                assertThrows(IllegalArgumentException.class, () -> ModelFile.load(file)).getMessage());
    }
}
