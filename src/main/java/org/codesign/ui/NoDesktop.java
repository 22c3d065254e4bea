package org.codesign.ui;

import java.util.Optional;

/**
 * Recognises the failures of a JavaFX toolkit that cannot start on this machine (no display, or
 * no X11/GTK libraries, as on a server with only the JDK), so the launcher can say so in one
 * message instead of a stack trace. Anything else is a bug and is left to propagate.
 */
final class NoDesktop {
    static final String ADVICE = "The app needs a desktop: a display and GTK 3 (Debian: apt-get install"
            + " libgtk-3-0). The commands work without one: java -jar codesign-explorer.jar --help";

    private NoDesktop() {}

    /** Why the window cannot open, if {@code failure} is the toolkit failing to start. */
    static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnsatisfiedLinkError) {
                return Optional.of("JavaFX's native libraries cannot load (" + t.getMessage() + ")");
            }
            if (t instanceof UnsupportedOperationException
                    && t.getMessage() != null
                    && t.getMessage().contains("DISPLAY")) {
                return Optional.of("there is no display (" + t.getMessage() + ")");
            }
        }
        return Optional.empty();
    }
}
