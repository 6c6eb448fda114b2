package tanito.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When {@code tanito bench} notes that the environment holds OpenBLAS to older kernels than the processor's. */
class OpenBlasKernelsTest {
    private static final String AVX512 = "processor\t: 0\nmodel name\t: AMD EPYC\n"
            + "flags\t\t: fpu sse2 avx avx2 fma avx512f avx512dq avx512bw avx512vl\n\n";
    private static final String AVX2 = "processor\t: 0\nflags\t\t: fpu sse2 avx avx2 fma avx512_vnni_absent\n";

    @Test
    void haswellKernelsOnAnAvx512ProcessorAreNoted() {
        Optional<String> note = OpenBlasKernels.heldBackNote("Haswell", AVX512);
        assertTrue(note.isPresent());
        assertTrue(note.get().contains("OPENBLAS_CORETYPE=Haswell") && note.get().contains("AVX-512"), note.get());
        assertEquals(1, note.get().lines().count());
    }

    @Test
    void avx512KernelsAnUnsetVariableOrAnAvx2ProcessorAreNot() {
        assertEquals(Optional.empty(), OpenBlasKernels.heldBackNote("SkylakeX", AVX512));
        assertEquals(Optional.empty(), OpenBlasKernels.heldBackNote("cooperlake", AVX512));
        assertEquals(Optional.empty(), OpenBlasKernels.heldBackNote(" SapphireRapids ", AVX512));
        assertEquals(Optional.empty(), OpenBlasKernels.heldBackNote(null, AVX512));
        assertEquals(Optional.empty(), OpenBlasKernels.heldBackNote("", AVX512));
        assertEquals(Optional.empty(), OpenBlasKernels.heldBackNote("Haswell", AVX2));
    }

    @Test
    void avx512fIsMatchedAsAWordOfAFlagsLine() {
        assertTrue(OpenBlasKernels.hasAvx512(AVX512));
        assertFalse(OpenBlasKernels.hasAvx512(AVX2));
        assertFalse(OpenBlasKernels.hasAvx512("model name\t: avx512f lookalike\nflags\t\t: sse2 avx512fp16x\n"));
        assertTrue(OpenBlasKernels.hasAvx512("flags\t\t: avx512f\n"));
    }
}
