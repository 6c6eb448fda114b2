package tanito.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** Every chart kind draws to a real PNG and to well-formed SVG that says what it shows. */
class ChartsRenderTest {

    static List<Examples.Example> examples() {
        return Examples.all();
    }

    @Test
    void testsRunHeadlessAsInCi() {
        assertTrue(GraphicsEnvironment.isHeadless(), "surefire's argLine sets java.awt.headless=true");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void pngDecodesToTheRequestedSizeWithAPicture(Examples.Example example) throws Exception {
        RenderedChart rendered = RenderedChart.of(example.name(), example.chart());
        BufferedImage image = Drawn.decode(rendered.png());
        assertEquals(720, image.getWidth());
        assertEquals(400, image.getHeight());
        int colours = Drawn.distinctColours(image);
        assertTrue(colours > 20, example + " has only " + colours + " colours");
        assertTrue(rendered.png().length < 150_000, example + " PNG is " + rendered.png().length + " bytes");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void svgIsAnSvgDocumentNamingWhatItShows(Examples.Example example) throws Exception {
        RenderedChart rendered = RenderedChart.of(example.name(), example.chart());
        Document svg = Drawn.parse(rendered.svg());
        assertEquals("svg", svg.getDocumentElement().getTagName());
        assertEquals("720", svg.getDocumentElement().getAttribute("width").replace(".0", ""));
        assertTrue(Drawn.texts(rendered.svg()).stream().anyMatch(t -> t.contains(example.expectedText())),
                example + " SVG lacks the text " + example.expectedText());
    }
}
