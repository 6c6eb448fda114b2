package tanito.report;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tanito.io.AtomicFiles;
import tanito.io.Json;
import tanito.train.Verdict;

/**
 * What every report page shares: its template, in which {@code {{>head}}}, {@code {{>charts}}},
 * {@code {{>verdict}}} and {@code {{>foot}}} bring in the one look (style sheet, header, figures,
 * footer) from {@code head.mustache}, ...; the figures, written under {@code charts/} as PNG and SVG
 * and inlined in the page as PNG; and {@code report.html}, written whole or not at all.
 */
final class Page {
    private static final Mustache.Compiler COMPILER = Mustache.compiler().withLoader(Page::reader);

    private Page() {}

    /** The template {@code name.mustache} next to this class, its partials resolved the same way. */
    static Template template(String name) {
        try (Reader reader = reader(name)) {
            return COMPILER.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String name) {
        String file = name + ".mustache";
        return new InputStreamReader(Objects.requireNonNull(Page.class.getResourceAsStream(file), file),
                StandardCharsets.UTF_8);
    }

    /** Writes {@code figures} under {@code directory/charts} and {@code html} as {@code directory/report.html}. */
    static void write(Path directory, List<Figure> figures, String html) throws IOException {
        Path charts = Files.createDirectories(directory.resolve("charts"));
        for (Figure figure : figures) {
            figure.chart().writeTo(charts);
        }
        AtomicFiles.write(directory.resolve("report.html"), html.getBytes(StandardCharsets.UTF_8));
    }

    /** The figures as the {@code charts} partial shows them. */
    static List<Map<String, Object>> charts(List<Figure> figures) {
        return figures.stream().map(figure -> Map.<String, Object>of("name", figure.chart().name(),
                "title", figure.title(), "caption", figure.caption(), "uri", figure.chart().pngDataUri())).toList();
    }

    /** The verdict as the {@code verdict} partial shows it, or null (no section) for none. */
    static Map<String, Object> verdict(Verdict verdict) {
        return verdict == null ? null : Map.of("kind", verdict.kind().words(),
                "trainingError", Format.number(verdict.trainingError()),
                "validationError", Format.number(verdict.validationError()), "advice", verdict.advice());
    }

    /** For example "0.9533 ± 0.0306". */
    static String meanStd(double mean, double std) {
        return Format.number(mean) + " ± " + Format.number(std);
    }

    /**
     * The page's end: {@code configuration} as {@code source} holds it (indented JSON, for the
     * {@code configuration} partial's {@code <details>} block) and the version that wrote it.
     */
    static void configuration(Map<String, Object> page, String source, Object configuration, String version) {
        page.put("source", source);
        page.put("configuration", json(configuration));
        page.put("version", version);
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
