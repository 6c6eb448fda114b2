package tanito.web.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Playground's state: TensorFlow Playground's defaults, one clear message for each bad value, and
 * round trips through the URL query and JSON, both flat, one field per setting.
 */
class PlaygroundSpecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PlaygroundSpec D = PlaygroundSpec.defaults();

    @Test
    void defaultsAreTensorFlowPlaygrounds() {
        assertEquals(new PlaygroundSpec(
                new DataChoice(DataSet.CIRCLE, 0, 50, List.of(Feature.X1, Feature.X2), Problem.CLASSIFICATION, null),
                new NetworkChoice(List.of(4, 2), Activation.TANH, 0),
                new TrainingChoice(10, 0.03, "sgd", null, null, null, Regularization.NONE, 0, 0, false, "random"), 1),
                D);
        assertEquals("dataset=circle&noise=0&trainPercent=50&batchSize=10&features=x1%2Cx2&hiddenLayers=4%2C2"
                + "&activation=tanh&learningRate=0.03&regularization=none&regularizationRate=0.0"
                + "&problem=classification&seed=1&optimizer=sgd&dropout=0.0&patience=0&restoreBest=false"
                + "&order=random", D.toQuery());
    }

    @Test
    void theJsonIsFlatOneFieldPerSettingAsThePageReadsIt() throws Exception {
        Set<String> names = new TreeSet<>();
        JSON.readTree(D.withUpload(new UploadChoice("0123456789abcdef", null, List.of()), Problem.CLASSIFICATION)
                .toJson()).fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(List.of("dataset", "noise", "trainPercent", "batchSize", "features", "hiddenLayers",
                "activation", "learningRate", "regularization", "regularizationRate", "problem", "seed", "optimizer",
                "momentum", "beta1", "beta2", "dropout", "patience", "restoreBest", "order", "upload")), names);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                bad("noise must be in [0, 50], was 51", () -> D.withNoise(51)),
                bad("batchSize must be in [1, 1000], was 0", () -> D.withBatchSize(0)),
                bad("learningRate must be in (0, 10], was -0.1", () -> D.withLearningRate(-0.1)),
                bad("features must be distinct, was [X1, X1]", () -> D.withFeatures(Feature.X1, Feature.X1)),
                bad("features must name at least one of [x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2], was []",
                        () -> D.withFeatures()),
                bad("each hidden layer width must be in [1, 64], was 0 in [8, 0]", () -> D.withHiddenLayers(8, 0)),
                bad("hiddenLayers must have at most 8 layers, was [1, 1, 1, 1, 1, 1, 1, 1, 1]",
                        () -> D.withHiddenLayers(1, 1, 1, 1, 1, 1, 1, 1, 1)),
                bad("regularizationRate must be 0 without regularization, was 0.1",
                        () -> D.withRegularization(Regularization.NONE, 0.1)),
                bad("regularizationRate must be in [0, 10], was -1.0", () -> D.withRegularization(Regularization.L2, -1)),
                bad("dataset plane is for regression, but problem is classification",
                        () -> new DataChoice(DataSet.PLANE, 0, 50, D.data().features(), Problem.CLASSIFICATION, null)),
                bad("trainPercent must be in [1, 99], was 100", () -> PlaygroundSpec.fromQuery("trainPercent=100")),
                bad("activation must be one of [relu, tanh, sigmoid, linear], was softplus",
                        () -> PlaygroundSpec.fromQuery("activation=softplus")),
                bad("unknown playground field colour; the fields are [dataset, noise, trainPercent, batchSize, "
                        + "features, hiddenLayers, activation, learningRate, regularization, regularizationRate, "
                        + "problem, seed, optimizer, momentum, beta1, beta2, dropout, patience, restoreBest, order, upload, target, columns]",
                        () -> PlaygroundSpec.fromQuery("colour=red")),
                bad("optimizer must be one of [sgd, momentum, nesterov, adagrad, adadelta, rmsprop, adam, adamw, "
                        + "nadam, adamax, hamiltonian], was lbfgs", () -> PlaygroundSpec.fromQuery("optimizer=lbfgs")),
                bad("beta1 does not apply to optimizer momentum (it takes [lr, momentum, dampening, weight-decay]), "
                        + "was 0.8", () -> D.withOptimizer("momentum", 0.5, 0.8, null)),
                bad("beta2 must be in [0, 1), was 1.5", () -> D.withOptimizer("adam", null, 0.9, 1.5)),
                bad("momentum must be a number, was much", () -> PlaygroundSpec.fromQuery("momentum=much")),
                bad("dropout must be in [0, 0.9], was 0.95", () -> D.withDropout(0.95)),
                bad("patience must be in [0, 1000] (0: no early stopping), was -1", () -> D.withEarlyStopping(-1, false)),
                bad("restoreBest needs early stopping (patience > 0), was patience 0", () -> D.withEarlyStopping(0, true)),
                bad("restoreBest must be true or false, was yes", () -> PlaygroundSpec.fromQuery("restoreBest=yes")),
                bad("order must be one of [random, sequential, interleaved, hard-first], was sorted",
                        () -> D.withOrder("sorted")),
                bad("noise must be a number, was lots", () -> PlaygroundSpec.fromQuery("noise=lots")));
    }

    private static Arguments bad(String message, Supplier<?> make) {
        return Arguments.of(message, make);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidValuesAreNamedInTheMessage(String message, Supplier<?> make) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, make::get).getMessage());
    }

    @Test
    void aPartialQueryKeepsTheDefaultsAndTheDataSetsProblem() {
        PlaygroundSpec spec = PlaygroundSpec.fromQuery("?dataset=multi-gaussian&hiddenLayers=&features=x1sq%2Csinx2");
        assertEquals(D.withDataset(DataSet.MULTI_GAUSSIAN).withHiddenLayers().withFeatures(Feature.X1_SQUARED,
                Feature.SIN_X2), spec);
        assertEquals(Problem.REGRESSION, spec.data().problem());
    }

    @Test
    void aSpecRoundTripsThroughQueryAndJson() throws Exception {
        PlaygroundSpec spec = D.withDataset(DataSet.SPIRAL).withNoise(35).withFeatures(Feature.SIN_X1, Feature.X1_TIMES_X2)
                .withHiddenLayers(8, 8, 3).withActivation(Activation.RELU).withLearningRate(1e-4)
                .withRegularization(Regularization.L1, 0.003).withSeed(-7).withOptimizer("adam", null, 0.8, 0.99)
                .withDropout(0.2).withEarlyStopping(15, true).withOrder("interleaved");
        assertEquals(spec, PlaygroundSpec.fromQuery(spec.toQuery()));
        assertEquals("...&seed=-7&optimizer=adam&beta1=0.8&beta2=0.99&dropout=0.2&patience=15&restoreBest=true"
                + "&order=interleaved", "..." + spec.toQuery().substring(spec.toQuery().indexOf("&seed=")));
        String json = JSON.writeValueAsString(spec);
        assertEquals(spec, JSON.readValue(json, PlaygroundSpec.class));
        assertEquals("\"multi-gaussian\"", JSON.writeValueAsString(DataSet.MULTI_GAUSSIAN));
        assertEquals(spec, PlaygroundSpec.fromJson(spec.toJson()));
    }

    @Test
    void partialJsonKeepsTheDefaultsAndBadJsonValuesAreNamed() throws Exception {
        assertEquals(D, PlaygroundSpec.fromJson(""));
        assertEquals(D.withDataset(DataSet.PLANE).withHiddenLayers(3),
                PlaygroundSpec.fromJson("{\"dataset\": \"plane\", \"hiddenLayers\": [3]}"));
        assertEquals("dataset must be one of [circle, xor, gaussians, spiral, plane, multi-gaussian], was moon",
                assertThrows(IllegalArgumentException.class, () -> PlaygroundSpec.fromJson("{\"dataset\": \"moon\"}"))
                        .getMessage());
    }

    @Test
    void anUploadRoundTripsAndMayHaveAnyProblemType() throws Exception {
        PlaygroundSpec spec = D.withUpload(new UploadChoice("0123456789abcdef", "kind of", List.of("a b", "c")),
                Problem.REGRESSION);
        assertEquals(spec, PlaygroundSpec.fromQuery(spec.toQuery()));
        assertEquals(spec, PlaygroundSpec.fromJson(spec.toJson()));
        assertEquals(new UploadChoice("0123456789abcdef", null, List.of()),
                PlaygroundSpec.fromQuery("upload=0123456789abcdef&problem=regression").data().upload());
        assertEquals("column names in a link cannot hold commas, was [a,b]", assertThrows(IllegalArgumentException.class,
                () -> new UploadChoice("0123456789abcdef", null, List.of("a,b"))).getMessage());
        assertEquals("upload must be the 16-hex-digit id of an uploaded file, was ../etc/passwd",
                assertThrows(IllegalArgumentException.class,
                        () -> PlaygroundSpec.fromQuery("upload=..%2Fetc%2Fpasswd")).getMessage());
    }

    @Property(tries = 200)
    void everySpecRoundTrips(@ForAll("specs") PlaygroundSpec spec) throws Exception {
        assertEquals(spec, PlaygroundSpec.fromQuery(spec.toQuery()));
        assertEquals(spec, JSON.readValue(JSON.writeValueAsString(spec), PlaygroundSpec.class));
    }

    @Provide
    Arbitrary<PlaygroundSpec> specs() {
        Arbitrary<DataSet> dataset = Arbitraries.of(DataSet.class);
        Arbitrary<List<Feature>> features = Arbitraries.of(Feature.class).list().uniqueElements().ofMinSize(1);
        Arbitrary<List<Integer>> layers = Arbitraries.integers().between(1, 64).list().ofMaxSize(8);
        Arbitrary<Regularization> regularization = Arbitraries.of(Regularization.class);
        Arbitrary<Double> rate = Arbitraries.doubles().between(0, 10).ofScale(15);
        Arbitrary<Double> learningRate = Arbitraries.doubles().between(1e-6, 10).ofScale(15);
        Arbitrary<Double> beta = Arbitraries.doubles().between(0, 0.999).ofScale(6).injectNull(0.3);
        return Combinators.combine(dataset, Arbitraries.integers().between(0, 50), Arbitraries.integers().between(1, 99),
                        Arbitraries.integers().between(1, 1000), features, layers, Arbitraries.of(Activation.class),
                        learningRate)
                .flatAs((d, noise, percent, batch, f, l, a, lr) -> Combinators.combine(regularization, rate,
                        Arbitraries.longs(), Arbitraries.of("adam", "nadam", "adamax"), beta, beta,
                        Arbitraries.doubles().between(0, 0.9).ofScale(3), Arbitraries.integers().between(0, 1000))
                        .flatAs((reg, r, seed, optimizer, beta1, beta2, dropout, patience) -> Combinators.combine(
                                Arbitraries.of(true, false), Arbitraries.of(TrainingChoice.ORDERS))
                                .as((restore, order) ->
                                new PlaygroundSpec(new DataChoice(d, noise, percent, f, d.problem(), null),
                                        new NetworkChoice(l, a, dropout),
                                        new TrainingChoice(batch, lr, optimizer, null, beta1, beta2, reg,
                                                reg == Regularization.NONE ? 0 : r, patience, restore && patience > 0,
                                                order), seed))));
    }
}
