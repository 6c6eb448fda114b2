package tanito.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedChartTest {

    @Test
    void writesThePngAndTheSvg(@TempDir Path directory) throws Exception {
        RenderedChart rendered = RenderedChart.of("optimisers", Examples.optimisers());
        rendered.writeTo(directory.resolve("report"));
        byte[] png = Files.readAllBytes(directory.resolve("report/optimisers.png"));
        String svg = Files.readString(directory.resolve("report/optimisers.svg"), StandardCharsets.UTF_8);
        assertTrue(png.length > 1000, "PNG of " + png.length + " bytes");
        assertArrayEquals(rendered.png(), png);
        assertEquals(rendered.svg(), svg);
        assertTrue(svg.contains("<svg"));
    }

    @Test
    void theDataUriCarriesThePng() {
        RenderedChart rendered = RenderedChart.of("elephant", Examples.elephant());
        String uri = rendered.pngDataUri();
        assertTrue(uri.startsWith("data:image/png;base64,"));
        assertArrayEquals(rendered.png(), Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length())));
    }

    @Test
    void drawsAtTheRequestedSize() throws Exception {
        RenderedChart rendered = RenderedChart.of("small", Examples.elephant(), 300, 200);
        BufferedImage image = Drawn.decode(rendered.png());
        assertEquals(300, image.getWidth());
        assertEquals(200, image.getHeight());
        assertEquals("300", Drawn.parse(rendered.svg()).getDocumentElement().getAttribute("width").replace(".0", ""));
    }

    @Test
    void theSameChartGivesTheSameFiles() {
        assertEquals(RenderedChart.of("c", Examples.confusionChart()), RenderedChart.of("c", Examples.confusionChart()));
    }

    @Test
    void aNameThatWouldLeaveTheDirectoryIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> RenderedChart.of("../up", Examples.elephant()));
        assertThrows(IllegalArgumentException.class, () -> RenderedChart.of("a/b", Examples.elephant()));
        assertThrows(IllegalArgumentException.class, () -> RenderedChart.of("", Examples.elephant()));
        assertThrows(IllegalArgumentException.class, () -> RenderedChart.of("x", Examples.elephant(), 0, 10));
    }
}
