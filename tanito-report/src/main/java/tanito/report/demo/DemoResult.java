package tanito.report.demo;

import java.util.List;
import java.util.Map;
import tanito.report.Figure;

/**
 * What a demonstration shows: lines to print, the charts, and its key numbers by name (written to
 * {@code example.json} so that they can be checked and quoted).
 */
public record DemoResult(String name, List<String> lines, List<Figure> figures, Map<String, Double> numbers) {}
