package tanito.linalg;

/**
 * Whether this JVM was started with Java's Vector API ({@code --add-modules jdk.incubator.vector}),
 * which {@link VectorGemm}'s tiles ({@link VectorTiles}) need: without the module they cannot even
 * load, so the question is asked here, of the boot layer, before anything touches them.
 */
final class VectorApi {
    private VectorApi() {}

    static boolean present() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }
}
