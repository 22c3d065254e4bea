package org.codesign.ui;

import java.util.List;
import javafx.application.Application;

/** Starts the JavaFX application (kept apart from {@code Main} so the CLI never loads JavaFX). */
public final class DesktopLauncher {
    private DesktopLauncher() {}

    public static void launch(String[] args) {
        try {
            LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("codesign: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.err.println("Commands: java -jar codesign-explorer.jar --help");
            System.exit(2);
        }
        try {
            Application.launch(CodesignApp.class, args);
        } catch (RuntimeException | LinkageError e) {
            java.util.Optional<String> why = NoDesktop.explain(e);
            if (why.isEmpty()) {
                throw e; // a bug, not a missing desktop: its trace is what helps
            }
            System.err.println("codesign: the window cannot open here: " + why.get());
            System.err.println(NoDesktop.ADVICE);
            System.exit(1);
        }
    }
}
