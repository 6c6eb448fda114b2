package tanito.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {
    private static final Schema IRIS_LIKE = new Schema(List.of("a", "b"), List.of("kind"), List.of("cat", "dog", "eel"));

    private static Dataset read(Schema schema, String csv) throws IOException {
        return schema.read(new StringReader(csv), "rows.csv", ',');
    }

    @Test
    void picksFeatureColumnsByNameInTheModelsOrder() throws IOException {
        Dataset data = read(IRIS_LIKE, "b,extra,a,kind\n2,9,1,dog\n4,9,3,cat\n");
        assertEquals(List.of("a", "b"), data.featureNames());
        assertArrayEquals(new float[] {1, 2}, new float[] {data.features().get(0, 0), data.features().get(0, 1)});
        assertArrayEquals(new float[] {3, 4}, new float[] {data.features().get(1, 0), data.features().get(1, 1)});
    }

    @Test
    void encodesClassesByTheModelsNamesEvenWhenTheFileHoldsOnlySome() throws IOException {
        Dataset data = read(IRIS_LIKE, "a,b,kind\n1,2,eel\n3,4,dog\n5,6,eel\n");
        assertEquals(List.of("cat", "dog", "eel"), data.classNames());
        assertEquals(List.of(2, 1, 2), List.of(data.label(0), data.label(1), data.label(2)));
    }

    @Test
    void numericClassNamesMatchByValue() throws IOException {
        Schema schema = new Schema(List.of("a"), List.of("y"), List.of("1", "2", "10"));
        Dataset data = read(schema, "a,y\n0,10.0\n0,1e0\n0,2\n");
        assertEquals(List.of(2, 0, 1), List.of(data.label(0), data.label(1), data.label(2)));
    }

    @Test
    void aFileWithoutTheTargetGivesFeaturesOnly() throws IOException {
        Dataset data = read(IRIS_LIKE, "a,b\n1,2\n");
        assertEquals(1, data.rows());
        assertEquals(0, data.targets().cols());
        assertEquals(List.of(), data.targetNames());
    }

    @Test
    void regressionTargetsAreNumbers() throws IOException {
        Schema schema = new Schema(List.of("a"), List.of("y", "z"), List.of());
        Dataset data = read(schema, "z,a,y\n7,1,2.5\n");
        assertArrayEquals(new float[] {2.5f, 7}, new float[] {data.targets().get(0, 0), data.targets().get(0, 1)});
    }

    @Test
    void errorsNameTheColumnLineAndValue() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> read(IRIS_LIKE, "a,b,kind\n1,2,cat\n1,2,fox\n"));
        assertEquals("rows.csv line 3, column 'kind': 'fox' is not one of the model's classes [cat, dog, eel]",
                unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> read(IRIS_LIKE, "a,kind\n1,cat\n"));
        assertEquals("no column 'b' in rows.csv; columns are: a, kind", missing.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class, () -> read(IRIS_LIKE, "a,b\n1,x\n"));
        assertEquals("rows.csv line 2, column 'b': 'x' is not a number", text.getMessage());
    }
}
