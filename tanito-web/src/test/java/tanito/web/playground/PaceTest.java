package tanito.web.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaceTest {
    private static final long MS = 1_000_000;

    @Test
    void aSpeedLimitSpacesTheEpochsAndNoLimitNeverWaits() {
        Pace ten = new Pace(10);
        assertEquals(0, ten.millisUntilNextEpoch(0), "the first epoch starts at once");
        ten.epochStarted(1000 * MS);
        assertEquals(100, ten.millisUntilNextEpoch(1000 * MS));
        assertEquals(30, ten.millisUntilNextEpoch(1070 * MS));
        assertEquals(1, ten.millisUntilNextEpoch(1099 * MS + 1), "rounded up, never early");
        assertEquals(0, ten.millisUntilNextEpoch(1100 * MS));
        Pace free = new Pace(0);
        free.epochStarted(5 * MS);
        assertEquals(0, free.millisUntilNextEpoch(5 * MS));
    }

    @Test
    void picturesComeAtMostEveryTwoHundredMilliseconds() {
        Pace pace = new Pace(0);
        assertTrue(pace.pictureDue(0));
        assertFalse(pace.pictureDue(199 * MS));
        assertTrue(pace.pictureDue(200 * MS));
        assertFalse(pace.pictureDue(300 * MS), "counted from the last picture sent");
        assertTrue(pace.pictureDue(400 * MS));
    }

    @Test
    void theSpeedIsChecked() {
        assertEquals("epochsPerSecond must be in [0, 1000] (0: as fast as possible), was -1",
                assertThrows(IllegalArgumentException.class, () -> new Pace(-1)).getMessage());
    }
}
