package org.codesign;

import org.codesign.cli.CodesignCli;

/**
 * Entry point of the runnable jar. With no arguments (or only GUI options such as
 * {@code --screenshot}) it opens the desktop app; with a subcommand it runs the CLI and never
 * loads a JavaFX class, so the CLI works on machines without a display.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (CodesignCli.isCliInvocation(args)) {
            System.exit(CodesignCli.run(args));
        }
        // Loaded only here: the CLI path never touches JavaFX.
        org.codesign.ui.DesktopLauncher.launch(args);
    }
}
