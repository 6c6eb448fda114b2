package tanito.web.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tanito.web.WebServer;

/** The store of uploaded files: content-hash ids, the bound on how many it keeps, and reading with chosen columns. */
class UploadsTest {

    @Test
    void itKeepsTheEightFilesUsedLastAndForgetsTheRest() throws IOException {
        Uploads uploads = new Uploads();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < Uploads.MAX_FILES; i++) {
            ids.add(add(uploads, "a,label\n" + i + ",x\n" + (i + 1) + ",y\n").id());
        }
        uploads.get(ids.get(0)); // used again, so the second file is now the one used longest ago
        String ninth = add(uploads, "a,label\n100,x\n101,y\n").id();
        assertEquals(ninth, uploads.get(ninth).id());
        assertEquals(ids.get(0), uploads.get(ids.get(0)).id());
        WebServer.NotFound gone = assertThrows(WebServer.NotFound.class, () -> uploads.get(ids.get(1)));
        assertEquals("the uploaded file " + ids.get(1) + " is not on this server (it keeps the last 8 uploads until it "
                + "stops); upload the file again", gone.getMessage());
        for (String kept : ids.subList(2, ids.size())) {
            assertEquals(kept, uploads.get(kept).id());
        }
    }

    @Test
    void theIdIsTheStartOfTheFilesSha256() throws IOException {
        // printf 'a,label\n1,x\n2,y\n' | sha256sum | cut -c1-16
        assertEquals("d0af0a0e047e45d9", add(new Uploads(), "a,label\n1,x\n2,y\n").id());
    }

    @Test
    void chosenColumnsAreReadByTheSameReaderWithItsMessages() throws IOException {
        Upload upload = add(new Uploads(), "a,b,label\n1,2,x\n3,4,y\n");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> upload.read(new UploadChoice(upload.id(), "colour", List.of()), Problem.CLASSIFICATION));
        assertEquals("no column 'colour' in the uploaded file; columns are: a, b, label", unknown.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> upload.read(new UploadChoice(upload.id(), null, List.of()), Problem.REGRESSION));
        assertEquals("the uploaded file line 2, column 'label': 'x' is not a number", text.getMessage());
        assertEquals(List.of("b"), upload.read(new UploadChoice(upload.id(), "label", List.of("b")),
                Problem.CLASSIFICATION).featureNames());
    }

    private static Upload add(Uploads uploads, String csv) throws IOException {
        return uploads.add(-1, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
