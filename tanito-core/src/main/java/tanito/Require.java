package tanito;

/**
 * Argument checks whose message names the bad value, as every configuration record needs:
 * {@code require(rate < 1, "dropout rate must be in [0, 1), was %s", rate)}.
 */
public final class Require {
    private Require() {}

    /**
     * The exception for a failed check, for hot paths that test first and format only on failure
     * ({@code if (!ok) throw failure(...)}): {@link #require} evaluates its arguments, shapes as strings
     * included, on every call.
     */
    public static IllegalArgumentException failure(String format, Object... args) {
        return new IllegalArgumentException(String.format(java.util.Locale.ROOT, format, args));
    }

    /** Throws {@link IllegalArgumentException} with the formatted message unless {@code condition} holds. */
    public static void require(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, format, args));
        }
    }
}
