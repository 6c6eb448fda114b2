package tanito.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void segmentsAreViewsOfOneFlatVector() {
        Params p = Params.layout().add("w", 2, 3, true).add("b", 1, 3, false).allocate();
        assertEquals(9, p.size());
        p.value("w").set(1, 2, 5f);
        p.value("b").set(0, 0, 7f);
        p.gradient("b").set(0, 2, -1f);
        assertEquals(5f, p.values()[5]);
        assertEquals(7f, p.values()[6]);
        assertEquals(-1f, p.gradients()[8]);
        assertEquals(6, p.segment("b").offset());
    }

    @Test
    void snapshotsAreCopiesAndRestoreWritesBack() {
        Params p = Params.of(1f, 2f, 3f);
        float[] snapshot = p.snapshot();
        p.values()[0] = 10f;
        assertEquals(1f, snapshot[0]);
        p.restore(snapshot);
        assertArrayEquals(new float[] {1f, 2f, 3f}, p.values());
        assertEquals("a snapshot of 2 values cannot restore 3 parameters",
                assertThrows(IllegalArgumentException.class, () -> p.restore(new float[2])).getMessage());
    }

    @Test
    void aSharingCopyReadsTheSameValuesAndWritesGradientsOfItsOwn() {
        Params p = Params.layout().add("w", 2, 2, true).add("b", 1, 2, false).allocate();
        Params replica = p.sharingValues();
        assertSame(p.values(), replica.values());
        assertNotSame(p.gradients(), replica.gradients());
        assertEquals(p.segments(), replica.segments());
        p.value("w").set(0, 1, 3f);
        assertEquals(3f, replica.value("w").get(0, 1));
        replica.gradient("b").set(0, 0, 2f);
        assertEquals(0f, p.gradient("b").get(0, 0));
    }
}
