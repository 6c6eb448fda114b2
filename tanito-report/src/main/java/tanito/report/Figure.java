package tanito.report;

/** A chart as the report shows it: a title, a sentence on how to read it, and the rendered images. */
public record Figure(String title, String caption, RenderedChart chart) {}
