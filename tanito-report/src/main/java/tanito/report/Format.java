package tanito.report;

import java.util.Locale;

/** How Tanito writes numbers for people: the same rule in progress lines, tables and reports. */
public final class Format {
    private Format() {}

    /** Four decimals, or scientific notation (three decimals) for values a fixed format would garble. */
    public static String number(double value) {
        boolean extreme = Math.abs(value) >= 1e5 || (value != 0 && Math.abs(value) < 1e-4);
        return String.format(Locale.ROOT, extreme ? "%.3e" : "%.4f", value);
    }

    /** Whole numbers as such (rows, units, epochs), others as {@link #number(double)}. */
    public static String value(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value) : number(value);
    }
}
