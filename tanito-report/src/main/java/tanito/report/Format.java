package tanito.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How Tanito writes numbers for people: one rule for progress lines, tables and reports, one for chart labels. */
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

    /** {@code value} to four significant digits, without trailing zeros or needless exponents (chart labels). */
    public static String significant(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        return magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e7) ? rounded.toPlainString() : rounded.toString();
    }
}
