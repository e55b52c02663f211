package app.bettertalk.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.util.Properties;

/** The version Maven wrote into the jar at build time. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        var properties = new Properties();
        try (var in = VersionProvider.class.getResourceAsStream("/bettertalk-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"bettertalk " + properties.getProperty("version", "unknown")
                + " (Java " + Runtime.version() + ")"};
    }
}
