package tanito;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build of Tanito, written into model files and reports. */
public final class Version {
    /** As in the Maven project, for example "0.1.0-SNAPSHOT". */
    public static final String TANITO = read();

    private Version() {}

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/tanito/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
