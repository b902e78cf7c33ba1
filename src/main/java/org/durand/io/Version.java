package org.durand.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of Durand that is running, as the build recorded it in
 * {@code org/durand/version.properties}; every manifest a command writes ({@code manifest.json} of
 * a run or a fit, {@code sweep.json} of a sweep) names it, and {@code durand --version} prints it.
 */
public final class Version {

    private Version() {
    }

    /** The version, such as {@code 1.4.0}; {@code unknown} when the build did not record one. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/org/durand/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
