package tanito.web.playground;

import static tanito.Require.require;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Which uploaded file a Playground spec trains on, and how: the upload's id (see {@link Uploads}), its
 * target column (null: the last), and the feature columns (empty: every other column). With exactly two
 * features the page shows the decision boundary over them, the first across and the second up.
 */
public record UploadChoice(String id, String target, List<String> columns) {
    public UploadChoice {
        require(id != null && id.matches("[0-9a-f]{16}"), "upload must be the 16-hex-digit id of an uploaded file, was %s", id);
        require(target == null || !target.isBlank(), "target must be a column name, was '%s'", target);
        columns = columns == null ? List.of() : List.copyOf(columns);
        require(columns.stream().allMatch(Objects::nonNull), "columns must not contain null, was %s", columns);
        require(new HashSet<>(columns).size() == columns.size(), "columns must be distinct, was %s", columns);
        require(columns.stream().noneMatch(name -> name.contains(",")) && (target == null || !target.contains(",")),
                "column names in a link cannot hold commas, was %s", target != null && target.contains(",") ? target : columns);
    }
}
