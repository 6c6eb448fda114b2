package tanito.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tanito.io.Json;

/**
 * A {@code --config} file: one mapping from long flag names without dashes ({@code lr}, {@code batch-size})
 * to a scalar or a list of scalars, in JSON ({@code .json}) or YAML (anything else). Each value becomes the
 * text the flag would take: a list {@code [64, 32]} becomes {@code 64,32}, {@code true} stays {@code true}.
 */
record ConfigFile(Path path, Map<String, String> values) {

    /** Reads the file; a missing, unreadable or ill-formed file fails with one line naming it. */
    static ConfigFile read(Path path) {
        JsonNode root;
        try {
            ObjectMapper mapper = path.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? Json.mapper() : new YAMLMapper();
            root = mapper.readTree(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("config file '" + path + "' does not exist");
        } catch (JacksonException e) {
            throw new IllegalArgumentException("config file '" + path + "' is not valid JSON or YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + locate(e));
        } catch (IOException e) {
            throw new IllegalArgumentException("config file '" + path + "' cannot be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new ConfigFile(path, Map.of());
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("config file '" + path + "' must be a mapping of flag names to values");
        }
        Map<String, String> values = new LinkedHashMap<>();
        root.fields().forEachRemaining(field -> values.put(field.getKey(), text(path, field.getKey(), field.getValue())));
        return new ConfigFile(path, values);
    }

    /** Fails naming the first key that is none of {@code known}, with the nearest known key as a hint. */
    void requireKnown(Collection<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                String nearest = Spelling.nearest(key, known);
                throw new IllegalArgumentException("unknown key '" + key + "' in config file '" + path + "'"
                        + (nearest == null ? "" : "; did you mean '" + nearest + "'?"));
            }
        }
    }

    private static String text(Path path, String key, JsonNode value) {
        if (value.isValueNode() && !value.isNull()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isValueNode() && !item.isNull() ? item.asText() : null));
            if (!items.contains(null)) {
                return String.join(",", items);
            }
        }
        throw new IllegalArgumentException("key '" + key + "' in config file '" + path
                + "' needs a value or a list of values, was " + value);
    }

    private static String locate(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }
}
