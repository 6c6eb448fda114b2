package tanito.loss;

import static tanito.Require.require;

import java.util.ArrayList;
import java.util.List;
import tanito.linalg.Matrix;

/**
 * The training objective of a network with one or more heads: a weighted sum of one loss per head,
 * {@code L = sum_i w_i L_i(outputs_i, targets_i)}, for example a regression head with MSE (weight 1)
 * plus a classification head with cross-entropy (weight 0.5). Term i belongs to head i; the dataset's
 * target columns are dealt to the heads in order, each taking {@link Loss#targetColumns} of them.
 */
public record WeightedLoss(List<Term> terms) {

    /**
     * One head's loss and weight.
     *
     * @param head the head's name, checked against the network; null matches the head at this position
     */
    public record Term(String head, Loss loss, double weight) {
        public Term {
            require(loss != null, "a loss term needs a loss");
            require(weight > 0 && Double.isFinite(weight), "a loss weight must be > 0, was %s", weight);
        }
    }

    public WeightedLoss {
        require(terms != null && !terms.isEmpty(), "a weighted loss needs at least one term");
        terms = List.copyOf(terms);
    }

    /** A single loss on a single-head network. */
    public static WeightedLoss of(Loss loss) {
        return new WeightedLoss(List.of(new Term(null, loss, 1.0)));
    }

    public static WeightedLoss of(Term... terms) {
        return new WeightedLoss(List.of(terms));
    }

    /** The loss of the first head, whose metric a run reports. */
    public Loss primary() {
        return terms.get(0).loss();
    }

    /** Checks that the terms fit the heads (count, names) and the target columns add up. */
    public void checkFits(List<String> headNames, List<Integer> outputSizes, int targetColumns) {
        require(terms.size() == headNames.size(),
                "the loss has %d terms but the network has %d heads %s", terms.size(), headNames.size(), headNames);
        int needed = 0;
        for (int i = 0; i < terms.size(); i++) {
            String head = terms.get(i).head();
            require(head == null || head.equals(headNames.get(i)),
                    "loss term %d is for head '%s' but head %d is '%s'", i, head, i, headNames.get(i));
            needed += terms.get(i).loss().targetColumns(outputSizes.get(i));
        }
        require(needed == targetColumns,
                "the heads' losses take %d target columns but the data has %d", needed, targetColumns);
    }

    /** Deals the target columns to the heads: one new matrix per head. */
    public List<Matrix> splitTargets(Matrix targets, List<Integer> outputSizes) {
        List<Matrix> parts = new ArrayList<>();
        int column = 0;
        for (int i = 0; i < terms.size(); i++) {
            int width = terms.get(i).loss().targetColumns(outputSizes.get(i));
            Matrix part = Matrix.zeros(targets.rows(), width);
            for (int r = 0; r < targets.rows(); r++) {
                System.arraycopy(targets.data(), targets.offset() + r * targets.cols() + column,
                        part.data(), r * width, width);
            }
            parts.add(part);
            column += width;
        }
        return parts;
    }

    /** Adds each row's weighted loss over all heads to {@code into[row]}. */
    public void addRowLosses(List<Matrix> outputs, List<Matrix> targets, double[] into) {
        double[] head = new double[into.length];
        for (int i = 0; i < terms.size(); i++) {
            java.util.Arrays.fill(head, 0);
            terms.get(i).loss().addRowLosses(outputs.get(i), targets.get(i), head);
            for (int r = 0; r < into.length; r++) {
                into[r] += terms.get(i).weight() * head[r];
            }
        }
    }

    /**
     * The weighted total over all heads; when {@code gradients} is not null, fills each head's
     * dL/dOutputs, already multiplied by its weight.
     */
    public double evaluate(List<Matrix> outputs, List<Matrix> targets, List<Matrix> gradients) {
        double total = 0;
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            Matrix gradient = gradients == null ? null : gradients.get(i);
            total += term.weight() * term.loss().evaluate(outputs.get(i), targets.get(i), gradient);
            if (gradient != null && term.weight() != 1.0) {
                gradient.scale((float) term.weight());
            }
        }
        return total;
    }
}
