package tanito.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Serializable;
import tanito.io.Json;

/**
 * A Tanito value as a task on an executor receives it: as its JSON (the round trip the model file
 * relies on, which reproduces every number exactly), parsed once per task.
 *
 * @param <T> the value's type
 */
final class Parcel<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String json;
    private final Class<T> type;
    private transient T value;

    Parcel(T value, Class<T> type) {
        try {
            this.json = Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot describe the " + type.getSimpleName() + " for the executors: "
                    + e.getMessage(), e);
        }
        this.type = type;
        this.value = value;
    }

    /** The value, read from its JSON the first time a deserialised copy is asked. */
    T get() {
        if (value == null) {
            try {
                value = Json.mapper().readValue(json, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot read the " + type.getSimpleName() + " sent by the driver: "
                        + e.getMessage(), e);
            }
        }
        return value;
    }
}
