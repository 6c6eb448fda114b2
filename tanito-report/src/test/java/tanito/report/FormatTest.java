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
}
