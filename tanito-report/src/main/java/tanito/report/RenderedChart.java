package tanito.report;

import static tanito.Require.require;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import tanito.io.AtomicFiles;

/**
 * One chart drawn twice: as a PNG (for inlining in an HTML page or viewing anywhere) and as SVG text
 * (sharp at any zoom), under a file base name.
 *
 * <p>Drawing needs no display: the PNG is painted into an off-screen {@link BufferedImage} and the
 * SVG into JFreeSVG's {@link SVGGraphics2D}. Nothing global is set here. A JVM without a display
 * (CI) is headless by itself; only a JVM whose {@code DISPLAY} names an X server it cannot reach
 * needs {@code -Djava.awt.headless=true}, and setting that property from here would come too late
 * to help: AWT reads it once, when the first AWT class (a {@code Color} or {@code Font} of the chart
 * being built) is loaded.
 *
 * @param name the files' base name: {@code name.png} and {@code name.svg}
 * @param png the PNG file's bytes
 * @param svg the SVG document
 */
public record RenderedChart(String name, byte[] png, String svg) {
    /** The default size in pixels: wide enough for a legend beside four series, small as a PNG. */
    public static final int WIDTH = 720;
    public static final int HEIGHT = 400;

    public RenderedChart {
        require(name != null && name.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*"),
                "a chart's name must be letters, digits, '_', '.' or '-', not starting with '.' or '-', was %s", name);
        png = png.clone();
        java.util.Objects.requireNonNull(svg, "svg");
    }

    /** {@code chart} drawn at the default 720 x 400. */
    public static RenderedChart of(String name, JFreeChart chart) {
        return of(name, chart, WIDTH, HEIGHT);
    }

    /** {@code chart} drawn at {@code width} x {@code height} pixels. */
    public static RenderedChart of(String name, JFreeChart chart, int width, int height) {
        require(width > 0 && height > 0, "a chart's size must be positive, was %d x %d", width, height);
        // opaque RGB: the background is white, and an alpha channel would only make the PNG larger
        BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
        byte[] png;
        try {
            png = ChartUtils.encodeAsPNG(image);
        } catch (IOException e) {
            throw new IllegalStateException("encoding an in-memory PNG failed", e);
        }
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        // ids derived from the name, not the default time stamp: the same chart gives the same file,
        // and two charts inlined in one HTML page do not share clip-path ids
        svg.setDefsKeyPrefix(name + "-");
        // coordinates to a hundredth of a pixel, not 16 digits: a third of the SVG's size
        svg.setGeomDoubleConverter(RenderedChart::hundredths);
        svg.setTransformDoubleConverter(RenderedChart::hundredths);
        chart.draw(svg, new Rectangle(0, 0, width, height));
        return new RenderedChart(name, png, svg.getSVGDocument());
    }

    private static String hundredths(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    /** Writes {@code name.png} and {@code name.svg} into {@code directory}, each whole or not at all. */
    public void writeTo(Path directory) throws IOException {
        AtomicFiles.write(directory.resolve(name + ".png"), png);
        AtomicFiles.write(directory.resolve(name + ".svg"), svg.getBytes(StandardCharsets.UTF_8));
    }

    /** The PNG as a {@code data:} URI, for an {@code <img src>} in a self-contained HTML page. */
    public String pngDataUri() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedChart that && name.equals(that.name) && Arrays.equals(png, that.png)
                && svg.equals(that.svg);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(png)) + svg.hashCode();
    }

    @Override
    public String toString() {
        return "RenderedChart[" + name + ", PNG " + png.length + " bytes, SVG " + svg.length() + " chars]";
    }
}
