package tanito.data;

import java.util.Arrays;
import tanito.linalg.Rng;

/** The two non-trivial epoch orders of {@link EpochOrder}: class interleaving and error emphasis. */
final class Interleaving {
    private Interleaving() {}

    /** Rows ordered so that consecutive rows differ in class wherever the class counts allow. */
    static int[] order(int[] labels, Rng rng) {
        int classes = Arrays.stream(labels).max().orElse(-1) + 1;
        int[][] queues = new int[classes][];
        int[] left = new int[classes];
        for (int label : labels) {
            left[label]++;
        }
        for (int c = 0; c < classes; c++) {
            queues[c] = new int[left[c]];
        }
        int[] filled = new int[classes];
        for (int row = 0; row < labels.length; row++) {
            queues[labels[row]][filled[labels[row]]++] = row;
        }
        for (int[] queue : queues) {
            rng.shuffle(queue);
        }
        int[] rank = rng.permutation(classes);
        int[] order = new int[labels.length];
        int previous = -1;
        for (int position = 0; position < order.length; position++) {
            int chosen = -1;
            for (int c = 0; c < classes; c++) {
                if (left[c] == 0 || (c == previous && hasOther(left, c))) {
                    continue;
                }
                if (chosen < 0 || left[c] > left[chosen] || (left[c] == left[chosen] && rank[c] < rank[chosen])) {
                    chosen = c;
                }
            }
            order[position] = queues[chosen][queues[chosen].length - left[chosen]];
            left[chosen]--;
            previous = chosen;
        }
        return order;
    }

    private static boolean hasOther(int[] left, int except) {
        for (int c = 0; c < left.length; c++) {
            if (c != except && left[c] > 0) {
                return true;
            }
        }
        return false;
    }

    /** As many draws as rows, with replacement, each row weighted by its recent error plus a floor. */
    static int[] emphasised(double[] errors, double floor, Rng rng) {
        int n = errors.length;
        double known = 0;
        int counted = 0;
        for (double e : errors) {
            if (!Double.isNaN(e)) {
                known += e;
                counted++;
            }
        }
        double mean = counted == 0 ? 1 : known / counted;
        double[] cumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += Double.isNaN(errors[i]) ? mean : Math.max(errors[i], 0);
            cumulative[i] = total;
        }
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            double u = rng.nextDouble();
            if (total <= 0 || u < floor) {
                order[k] = rng.nextInt(n);
            } else {
                int i = Arrays.binarySearch(cumulative, rng.nextDouble() * total);
                order[k] = Math.min(n - 1, i >= 0 ? i : -i - 1);
            }
        }
        return order;
    }
}
