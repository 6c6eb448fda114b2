package tanito.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tanito.data.Scaler;
import tanito.io.Json;

/**
 * A fitted scaler's statistics as a table, one row per feature, whatever the scaler: its saved form
 * (the same JSON the model file holds) gives the type and one array per statistic (mean and scale,
 * minimum and range, median and interquartile range), each array a column.
 */
record ScalerTable(String type, List<String> columns, List<Map<String, Object>> rows) {

    static ScalerTable of(Scaler scaler, List<String> features) {
        JsonNode saved = Json.mapper().valueToTree(scaler);
        String type = saved.path("type").asText("none");
        List<String> columns = new ArrayList<>();
        saved.fieldNames().forEachRemaining(name -> {
            if (saved.get(name).isArray() && saved.get(name).size() == features.size()) {
                columns.add(name);
            }
        });
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            int feature = f;
            rows.add(Map.of("feature", features.get(f),
                    "values", columns.stream().map(c -> Format.number(saved.get(c).get(feature).asDouble())).toList()));
        }
        return new ScalerTable(type, columns, columns.isEmpty() ? List.of() : rows);
    }
}
