package tanito.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where runs write by default: {@code runs/KIND-DATE-TIME}, made unique with a counter. */
final class Runs {
    private Runs() {}

    static Path defaultDirectory(String kind) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path directory = Path.of("runs", kind + "-" + stamp);
        for (int i = 2; Files.exists(directory); i++) {
            directory = Path.of("runs", kind + "-" + stamp + "-" + i);
        }
        return directory;
    }
}
