package tanito.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tanito.linalg.MatMul;

/**
 * Whether the environment holds OpenBLAS to kernels older than the processor's. Some machines set
 * {@code OPENBLAS_CORETYPE} (to {@code Haswell}, say) because an older OpenBLAS build computes wrong
 * results or crashes with the kernels it would pick; the launcher leaves such a value alone, and
 * {@code tanito bench} then measures the AVX2 kernels on an AVX-512 processor, 30% slower at batch
 * 256 on the machine of the README's table. A benchmark should say so rather than leave its reader to
 * wonder.
 */
final class OpenBlasKernels {
    /** OpenBLAS's core types whose single-precision kernels use AVX-512 (Cooperlake's are SkylakeX's). */
    private static final Set<String> AVX512_CORE_TYPES = Set.of("skylakex", "cooperlake", "sapphirerapids");

    private OpenBlasKernels() {}

    /** The note for this process's environment and processor, if its products run on held-back OpenBLAS kernels. */
    static Optional<String> heldBackNote() {
        if (!MatMul.backend().isNative()) {
            return Optional.empty();
        }
        String cpuinfo;
        try {
            cpuinfo = Files.readString(Path.of("/proc/cpuinfo"));
        } catch (IOException | SecurityException unreadable) {
            return Optional.empty();
        }
        return heldBackNote(System.getenv("OPENBLAS_CORETYPE"), cpuinfo);
    }

    /**
     * A one-line note when {@code coreType} (the value of {@code OPENBLAS_CORETYPE}, or null) names
     * kernels without AVX-512 while {@code cpuinfo}'s flags include {@code avx512f}; empty otherwise.
     */
    static Optional<String> heldBackNote(String coreType, String cpuinfo) {
        String kernels = coreType == null ? "" : coreType.strip();
        if (kernels.isEmpty() || !hasAvx512(cpuinfo) || AVX512_CORE_TYPES.contains(kernels.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of("tanito: note: OPENBLAS_CORETYPE=" + kernels + " in the environment holds OpenBLAS to its "
                + kernels + " kernels on this AVX-512 processor; without it the launcher picks SkylakeX (check first"
                + " that your OpenBLAS computes correctly with them)");
    }

    /** Whether a {@code flags} line of /proc/cpuinfo lists {@code avx512f} (the word, not a prefix of another). */
    static boolean hasAvx512(String cpuinfo) {
        return cpuinfo.lines()
                .filter(line -> line.startsWith("flags"))
                .anyMatch(line -> (" " + line.substring(line.indexOf(':') + 1) + " ").contains(" avx512f "));
    }
}
