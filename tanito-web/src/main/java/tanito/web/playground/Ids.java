package tanito.web.playground;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/** Looking up the Playground's enums by the ids the page and the URL use. */
final class Ids {
    private Ids() {
    }

    static <E extends Enum<E>> E byId(Class<E> type, String id, Function<E, String> idOf, String what) {
        for (E e : type.getEnumConstants()) {
            if (idOf.apply(e).equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be one of %s, was %s", what,
                Arrays.stream(type.getEnumConstants()).map(idOf).toList(), id));
    }
}
