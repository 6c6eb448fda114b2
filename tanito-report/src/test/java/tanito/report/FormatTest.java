package tanito.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {

    @ParameterizedTest
    @CsvSource({"0, 0.0000", "0.12344, 0.1234", "-2.5, -2.5000", "99999.5, 99999.5000", "1e5, 1.000e+05",
            "0.0001, 0.0001", "0.00009, 9.000e-05", "-3e-7, -3.000e-07", "NaN, NaN"})
    void fourDecimalsOrScientificForExtremeValues(double value, String written) {
        assertEquals(written, Format.number(value));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "16, 16", "-3, -3", "120.0, 120", "0.5, 0.5000", "1e-5, 1.000e-05", "2e9, 2.000e+09"})
    void wholeNumbersWithoutDecimalsOthersAsNumbers(double value, String written) {
        assertEquals(written, Format.value(value));
    }

    @ParameterizedTest
    @CsvSource({"0.01, 0.01", "0.0123456, 0.01235", "1234567, 1235000", "12345678, 1.235E+7", "0.00001, 0.00001",
        "0.000012346, 0.00001235", "0.0000012, 0.0000012", "0, 0", "-2.5, -2.5", "100, 100"})
    void chartLabelsKeepFourSignificantDigitsWithoutTrailingZeros(double value, String expected) {
        assertEquals(expected, Format.significant(value));
    }
}
