package tanito.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.io.Json;

/** The training modes: named on the command line, round-tripped through JSON, checked on construction. */
class ParallelismTest {

    @Test
    void everyModeRoundTripsThroughJson() throws Exception {
        for (Parallelism mode : List.of(new Parallelism.Sync(4), new Parallelism.Average(8, 16),
                new Parallelism.FullBatch(2))) {
            String json = Json.mapper().writeValueAsString(mode);
            assertEquals(mode, Json.mapper().readValue(json, Parallelism.class), json);
        }
        assertEquals("{\"mode\":\"average\",\"partitions\":8,\"localSteps\":16}",
                Json.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(new Parallelism.Average(8, 16)));
    }

    @Test
    void modesAreParsedByTheirCommandLineNames() {
        assertEquals(new Parallelism.Sync(3), Parallelism.parse("sync", 3, 8));
        assertEquals(new Parallelism.Average(3, 5), Parallelism.parse("Average", 3, 5));
        assertEquals(new Parallelism.FullBatch(3), Parallelism.parse("full-batch", 3, 8));
        assertEquals("mode must be sync, average or full-batch, was gossip",
                assertThrows(IllegalArgumentException.class, () -> Parallelism.parse("gossip", 3, 8)).getMessage());
    }

    @Test
    void constructorsNameTheBadValue() {
        assertEquals("partitions must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new Parallelism.Sync(0)).getMessage());
        assertEquals("localSteps must be >= 1, was -2",
                assertThrows(IllegalArgumentException.class, () -> new Parallelism.Average(2, -2)).getMessage());
    }
}
