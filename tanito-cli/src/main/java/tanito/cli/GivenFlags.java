package tanito.cli;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tanito.optim.OptimizerNames;

/**
 * The flags a user gave, read by name with a default for the ones not given. After reading, any flag
 * that was given but not read did not apply to the choices made, which is an error rather than a
 * silent no-op ({@link #requireAllUsed}).
 */
final class GivenFlags {
    private final Map<String, Object> given = new LinkedHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();

    /** Records a flag's value; null means the flag was not given. */
    GivenFlags put(String flag, Object value) {
        if (value != null && !Boolean.FALSE.equals(value)) {
            given.put(flag, value);
        }
        return this;
    }

    double number(String flag, double defaultValue) {
        read.add(flag);
        Object value = given.get(flag);
        return value == null ? defaultValue : ((Number) value).doubleValue();
    }

    int integer(String flag, int defaultValue) {
        read.add(flag);
        Object value = given.get(flag);
        return value == null ? defaultValue : ((Number) value).intValue();
    }

    boolean isSet(String flag) {
        read.add(flag);
        return given.containsKey(flag);
    }

    String text(String flag, String defaultValue) {
        read.add(flag);
        Object value = given.get(flag);
        return value == null ? defaultValue : value.toString();
    }

    /** These flags as {@link OptimizerNames.Settings}: the setting {@code lr} is the flag {@code prefix + "lr"}. */
    OptimizerNames.Settings settings(String prefix) {
        return new OptimizerNames.Settings() {
            @Override
            public double number(String name, double otherwise) {
                return GivenFlags.this.number(prefix + name, otherwise);
            }

            @Override
            public int integer(String name, int otherwise) {
                return GivenFlags.this.integer(prefix + name, otherwise);
            }

            @Override
            public boolean isSet(String name) {
                return GivenFlags.this.isSet(prefix + name);
            }

            @Override
            public String text(String name, String otherwise) {
                return GivenFlags.this.text(prefix + name, otherwise);
            }
        };
    }

    /** Fails naming the first flag that was given but does not apply to {@code choice}. */
    void requireAllUsed(String choice) {
        for (String flag : given.keySet()) {
            if (!read.contains(flag)) {
                throw new IllegalArgumentException(flag + " does not apply to " + choice + " (it takes "
                        + String.join(", ", read) + ")");
            }
        }
    }
}
