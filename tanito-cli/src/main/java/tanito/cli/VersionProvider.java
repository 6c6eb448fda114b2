package tanito.cli;

import picocli.CommandLine.IVersionProvider;
import tanito.Version;

/** {@code tanito --version}: this build's version and the Java that runs it. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"tanito " + Version.TANITO + " (Java " + System.getProperty("java.version") + ")"};
    }
}
