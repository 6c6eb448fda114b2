package tanito.web.playground;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The hidden layers' activation. */
public enum Activation {
    RELU, TANH, SIGMOID, LINEAR;

    @JsonValue public String id() { return name().toLowerCase(Locale.ROOT); }
    @JsonCreator public static Activation of(String id) { return Ids.byId(Activation.class, id, Activation::id, "activation"); }
    public static List<String> ids() { return Arrays.stream(values()).map(Activation::id).toList(); }
}
