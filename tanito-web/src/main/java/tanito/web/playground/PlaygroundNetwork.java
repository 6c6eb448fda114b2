package tanito.web.playground;

import java.util.ArrayList;
import java.util.List;
import tanito.linalg.Matrix;
import tanito.linalg.Params;
import tanito.nn.DenseSpec;
import tanito.nn.LayerSpec;
import tanito.train.Model;

/**
 * What the page draws of the network itself, as TensorFlow Playground does: a small map of every input
 * and hidden neuron over the plane, and the weights on the edges between them.
 *
 * @param maps one column per layer of neurons, the inputs first, then each hidden layer: every neuron's
 *     value on the {@link #GRID}² grid over the same plane as the boundary (row-major from the top left),
 *     rounded to three decimals; for an input the standardised feature the network takes, for a hidden
 *     neuron its activation (dropout is off when drawing)
 * @param weights one matrix {@code [from][to]} per dense layer: inputs to the first hidden layer, ..., the
 *     last hidden layer to the output
 * @param biases one array per dense layer: the bias of each neuron it feeds
 */
public record PlaygroundNetwork(List<List<float[]>> maps, List<float[][]> weights, List<float[]> biases) {
    /** The neuron maps' points per side: coarser than the boundary's, to keep events small. */
    public static final int GRID = 20;

    /**
     * The picture of {@code model} with {@code gridInputs} the raw features of the {@link #GRID}² points, or
     * only its weights when {@code gridInputs} is null (data whose features are not a plane).
     */
    static PlaygroundNetwork of(Model model, Matrix gridInputs) {
        List<List<float[]>> maps = gridInputs == null ? List.of() : maps(model, gridInputs);
        Params params = model.networkSpec().build(model.parameters()).params();
        List<float[][]> weights = new ArrayList<>();
        List<float[]> biases = new ArrayList<>();
        for (Params.Segment segment : params.segments()) {
            float[][] values = params.value(segment.name()).toArray();
            if (segment.name().endsWith(".weight")) {
                weights.add(values);
            } else {
                biases.add(values[0]);
            }
        }
        return new PlaygroundNetwork(maps, weights, biases);
    }

    private static List<List<float[]>> maps(Model model, Matrix gridInputs) {
        List<List<float[]>> maps = new ArrayList<>();
        maps.add(columns(model.preprocessing().features(gridInputs)));
        List<Matrix> outputs = model.trunkOutputs(gridInputs);
        List<LayerSpec> layers = model.networkSpec().trunk();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof DenseSpec) {
                maps.add(columns(outputs.get(i)));
            }
        }
        return maps;
    }

    /** Each column of {@code values} as one map, rounded to three decimals (the page shows colours, not digits). */
    private static List<float[]> columns(Matrix values) {
        List<float[]> maps = new ArrayList<>(values.cols());
        for (int c = 0; c < values.cols(); c++) {
            float[] map = new float[values.rows()];
            for (int r = 0; r < map.length; r++) {
                map[r] = Math.round(values.get(r, c) * 1000) / 1000f;
            }
            maps.add(map);
        }
        return maps;
    }
}
