package tanito.web.playground;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tanito.data.Dataset;
import tanito.io.CsvWriter;
import tanito.io.ModelFile;
import tanito.train.Model;

/**
 * What a Playground run offers for download: the model as it stands (a Tanito model file, whose
 * columns are the spec's features by {@link Feature#id()}, e.g. {@code x1, x2, x1sq}; its target
 * {@code label}, with classes {@code 0} and {@code 1} as the page names them) and the points as a CSV
 * that {@code tanito predict} reads with that model: the plane's {@code x1} and {@code x2}, the other
 * chosen features, the target, and {@code split} ({@code train} or {@code test}), training points
 * first, in the session's order. For an uploaded file: its chosen feature columns, its target and
 * {@code split}.
 *
 * <p>The worker publishes each new model with {@link #update}; requests read it from other threads.
 */
final class PlaygroundExport {
    private final PlaygroundSpec spec;
    private final PlaneView view;
    private final List<String> classes;
    private final byte[] points;
    /** The latest model and its epoch, published together. */
    private volatile Latest latest;

    private record Latest(Model model, int epoch) {}

    PlaygroundExport(PlaygroundSession session) {
        this.spec = session.spec();
        this.view = session.view();
        this.classes = session.train().classNames();
        this.points = pointsCsv(spec.data().upload() == null, session.points(), session.train(), session.test());
        update(session);
    }

    /** Takes the session's current model (called by the thread that steps the session). */
    void update(PlaygroundSession session) {
        latest = new Latest(session.model(), session.epoch());
    }

    /** The plane the boundary covers, or null without one. */
    PlaneView view() {
        return view;
    }

    /** The class names in index order; empty for regression. */
    List<String> classes() {
        return classes;
    }

    /** The current model as a download: its file name, e.g. {@code playground-spiral-epoch-120.tanito.json}, and bytes. */
    Download model() throws IOException {
        Latest now = latest;
        return new Download(String.format(Locale.ROOT, "playground-%s-epoch-%d.tanito.json", name(), now.epoch()),
                ModelFile.toJson(now.model()));
    }

    /** A file to download: its name and its bytes. */
    record Download(String fileName, byte[] bytes) {}

    /** The points as CSV (UTF-8). */
    byte[] pointsCsv() {
        return points.clone();
    }

    /** e.g. {@code playground-spiral-points.csv}. */
    String pointsFileName() {
        return String.format(Locale.ROOT, "playground-%s-points.csv", name());
    }

    /** The data set's id, or {@code upload-<id>}. */
    private String name() {
        UploadChoice upload = spec.data().upload();
        return upload == null ? spec.data().dataset().id() : "upload-" + upload.id();
    }

    private static byte[] pointsCsv(boolean onPlane, PlaygroundPoints plane, Dataset train, Dataset test) {
        List<String> planeColumns = onPlane ? List.of(Feature.X1.id(), Feature.X2.id()) : List.of();
        List<String> others = train.featureNames().stream().filter(name -> !planeColumns.contains(name)).toList();
        List<String> header = new ArrayList<>(planeColumns);
        header.addAll(others);
        header.addAll(train.targetNames());
        header.add("split");
        CsvWriter csv = new CsvWriter(header);
        addRows(csv, onPlane ? plane.train() : null, train, others, "train");
        addRows(csv, onPlane ? plane.test() : null, test, others, "test");
        return csv.bytes();
    }

    /** One row per point: its plane coordinates (null: none, for an upload), its other features, its target and its split. */
    private static void addRows(CsvWriter csv, float[][] plane, Dataset part, List<String> others, String split) {
        for (int r = 0; r < part.rows(); r++) {
            List<String> fields = new ArrayList<>(plane == null ? List.of()
                    : List.of(CsvWriter.number(plane[r][0]), CsvWriter.number(plane[r][1])));
            for (String name : others) {
                fields.add(CsvWriter.number(part.features().get(r, part.featureNames().indexOf(name))));
            }
            fields.add(part.isClassification() ? part.classNames().get(part.label(r)) : CsvWriter.number(part.targets().get(r, 0)));
            fields.add(split);
            csv.row(fields);
        }
    }
}
