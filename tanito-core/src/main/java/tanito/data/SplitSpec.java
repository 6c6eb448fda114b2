package tanito.data;

import static tanito.Require.require;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import tanito.linalg.Rng;

/**
 * How to split a data set into training, validation and test parts, as fractions of its rows.
 * Percentages are accepted too: ratios that sum to 100 are divided by 100, so
 * {@code new SplitSpec(70, 20, 10)} equals {@code new SplitSpec(0.7, 0.2, 0.1)}.
 *
 * <p>{@link #apply} cuts a data set by these ratios (see {@code Splitter}): stratified by class for
 * classification, so each class is shared out like the whole.
 *
 * @param train      the training fraction, &gt; 0
 * @param validation the validation fraction, &gt;= 0 (0: no validation part)
 * @param test       the test fraction, &gt;= 0 (0: no test part)
 */
public record SplitSpec(double train, double validation, double test) {
    /** 50% training, 30% validation, 20% test. */
    public static final SplitSpec PRESET_50_30_20 = of(50, 30, 20);
    /** 70% training, 20% validation, 10% test: the default. */
    public static final SplitSpec PRESET_70_20_10 = of(70, 20, 10);
    /** 80% training, 15% validation, 5% test. */
    public static final SplitSpec PRESET_80_15_5 = of(80, 15, 5);
    /** The presets, from the smallest training part to the largest. */
    public static final List<SplitSpec> PRESETS = List.of(PRESET_50_30_20, PRESET_70_20_10, PRESET_80_15_5);

    private static final double TOLERANCE = 1e-9;

    public SplitSpec {
        require(train > 0 && validation >= 0 && test >= 0 && Double.isFinite(train + validation + test),
                "split ratios must be finite, train > 0 and the others >= 0, were %s/%s/%s", train, validation, test);
        double sum = train + validation + test;
        if (Math.abs(sum - 100) <= 100 * TOLERANCE) {
            train /= 100;
            validation /= 100;
            test /= 100;
            sum = train + validation + test;
        }
        require(Math.abs(sum - 1) <= TOLERANCE,
                "split ratios must sum to 1 (or 100 as percentages), were %s/%s/%s", train, validation, test);
    }

    /** The split with these percentages, such as {@code of(70, 20, 10)}. */
    public static SplitSpec of(double trainPercent, double validationPercent, double testPercent) {
        return new SplitSpec(trainPercent / 100, validationPercent / 100, testPercent / 100);
    }

    /** 70/20/10. */
    public static SplitSpec defaults() {
        return PRESET_70_20_10;
    }

    /** Parses {@code "70/20/10"} (percentages) or {@code "0.7/0.2/0.1"} (fractions). */
    public static SplitSpec parse(String text) {
        String[] parts = text.split("/", -1);
        double[] ratios = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                ratios[i] = Double.parseDouble(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            ratios = new double[0];
        }
        require(ratios.length == 3, "split '%s' must be three numbers like 70/20/10 or 0.7/0.2/0.1", text);
        try {
            return new SplitSpec(ratios[0], ratios[1], ratios[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("split '" + text + "': " + e.getMessage(), e);
        }
    }

    /** Splits {@code data}, shuffling with {@code rng}; the same stream state gives the same split. */
    public Split apply(Dataset data, Rng rng) {
        return Splitter.split(data, this, rng);
    }

    /** The percentages, such as {@code "70/20/10"}. */
    public String label() {
        return percent(train) + "/" + percent(validation) + "/" + percent(test);
    }

    private static String percent(double fraction) {
        return new BigDecimal(fraction * 100).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
