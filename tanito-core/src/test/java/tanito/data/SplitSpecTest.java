package tanito.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SplitSpecTest {
    @Test
    void percentagesAndFractionsAreTheSame() {
        assertEquals(new SplitSpec(0.7, 0.2, 0.1), SplitSpec.of(70, 20, 10));
        assertEquals(new SplitSpec(0.7, 0.2, 0.1), new SplitSpec(70, 20, 10));
        assertEquals(0.8, SplitSpec.PRESET_80_15_5.train());
        assertEquals(0.15, SplitSpec.PRESET_80_15_5.validation());
        assertEquals(0.05, SplitSpec.PRESET_80_15_5.test());
        assertEquals(SplitSpec.PRESET_70_20_10, SplitSpec.defaults());
    }

    @Test
    void parseAcceptsBothForms() {
        assertEquals(SplitSpec.PRESET_70_20_10, SplitSpec.parse("70/20/10"));
        assertEquals(SplitSpec.PRESET_50_30_20, SplitSpec.parse(" 0.5 / 0.3 / 0.2 "));
        assertEquals(new SplitSpec(0.9, 0, 0.1), SplitSpec.parse("90/0/10"));
    }

    @Test
    void labelPrintsPercentages() {
        assertEquals("70/20/10", SplitSpec.PRESET_70_20_10.label());
        assertEquals("80/15/5", SplitSpec.PRESET_80_15_5.label());
        assertEquals("62.5/37.5/0", new SplitSpec(0.625, 0.375, 0).label());
    }

    @Test
    void badRatiosAreNamed() {
        IllegalArgumentException sum = assertThrows(IllegalArgumentException.class, () -> new SplitSpec(0.7, 0.2, 0.2));
        assertEquals("split ratios must sum to 1 (or 100 as percentages), were 0.7/0.2/0.2", sum.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new SplitSpec(1.2, -0.2, 0));
        assertTrue(negative.getMessage().contains("1.2/-0.2/0.0"), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SplitSpec(0, 0.5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new SplitSpec(Double.NaN, 0.5, 0.5));
    }

    @Test
    void parseErrorsNameTheText() {
        for (String text : new String[] {"70/30", "70/20/x", "", "70//30", "70/20/10/0"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SplitSpec.parse(text));
            assertEquals("split '" + text + "' must be three numbers like 70/20/10 or 0.7/0.2/0.1", e.getMessage());
        }
        IllegalArgumentException sum = assertThrows(IllegalArgumentException.class, () -> SplitSpec.parse("60/20/10"));
        assertEquals("split '60/20/10': split ratios must sum to 1 (or 100 as percentages), were 60.0/20.0/10.0",
                sum.getMessage());
    }

    @Test
    void roundTripsThroughJson() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (SplitSpec spec : SplitSpec.PRESETS) {
            assertEquals(spec, json.readValue(json.writeValueAsString(spec), SplitSpec.class));
        }
        assertEquals(SplitSpec.PRESET_80_15_5,
                json.readValue("{\"train\": 80, \"validation\": 15, \"test\": 5}", SplitSpec.class));
    }
}
