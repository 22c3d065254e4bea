package org.codesign.ui;

import javafx.application.Application;

/** Starts the JavaFX application (kept apart from {@code Main} so the CLI never loads JavaFX). */
public final class DesktopLauncher {
    private DesktopLauncher() {}

    public static void launch(String[] args) {
        Application.launch(CodesignApp.class, args);
    }
}
