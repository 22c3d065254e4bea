package org.codesign.eval;

/** The application's version, from the jar manifest when there is one; exports and CLI report it. */
public final class AppVersion {
    private AppVersion() {}

    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
