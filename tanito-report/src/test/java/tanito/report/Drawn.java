package tanito.report;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** What a test reads back from a drawn chart: decoded PNG pixels, the parsed SVG, the data area. */
final class Drawn {
    private Drawn() {}

    static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    /** The SVG parsed as XML, without fetching the DTD its DOCTYPE names. */
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** The contents of the SVG's {@code <text>} elements, in document order. */
    static List<String> texts(String svg) throws Exception {
        NodeList nodes = parse(svg).getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** {@code chart} drawn at 720 x 400 into {@code image}, returning the (first) plot's data area. */
    static Rectangle2D dataArea(JFreeChart chart, BufferedImage[] image) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        image[0] = chart.createBufferedImage(720, 400, BufferedImage.TYPE_INT_RGB, info);
        return info.getPlotInfo().getDataArea();
    }

    /** The RGB (no alpha) at the point {@code (fx, fy)} of {@code area}, as fractions of its width and height from the top left. */
    static int rgbAt(BufferedImage image, Rectangle2D area, double fx, double fy) {
        int x = (int) (area.getX() + fx * area.getWidth());
        int y = (int) (area.getY() + fy * area.getHeight());
        return image.getRGB(x, y) & 0xFFFFFF;
    }
}
