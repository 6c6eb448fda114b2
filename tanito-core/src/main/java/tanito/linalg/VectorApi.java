package tanito.linalg;

/**
 * Whether this JVM was started with Java's Vector API ({@code --add-modules jdk.incubator.vector}),
 * which {@link VectorGemm} needs: without the module that class cannot even load, so the question is
 * asked here, of the boot layer, before anything touches it.
 */
final class VectorApi {
    private VectorApi() {}

    static boolean present() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }
}
