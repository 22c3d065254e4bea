package org.codesign.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.study.StudyFormatException;
import org.codesign.study.store.StoreException;
import org.codesign.study.store.StudyLoader;
import org.codesign.ui.study.StudyDocument;

/** The desktop app: opens the default study (or {@code --study FILE}) in the main window. */
public final class CodesignApp extends Application {

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        StudyDocument document = openFirst(options);
        StartupTiming.mark("study loaded");
        MainWindow window = new MainWindow(stage, document, preferences(options));
        StartupTiming.mark("window built");
        if (options.size() != null) {
            stage.setWidth(options.size().width());
            stage.setHeight(options.size().height());
        }
        if (options.colourBy() != null) {
            window.pareto().model().colorModeProperty().set(options.colourBy());
        }
        StartupTiming.followFirstPaint(window.scene());
        stage.show();
        StartupTiming.mark("shown");
        if (options.select() != null) {
            javafx.application.Platform.runLater(() -> window.selectAll("pareto".equals(options.select())));
        }
        if (options.focus() != LaunchOptions.NO_FOCUS) {
            Platform.runLater(() -> {
                if (!window.focus(options.focus())) {
                    System.err.println("codesign: --focus: the study has no point " + options.focus());
                }
            });
        }
        if (options.teachSteps() > 0) {
            window.teach(options.teachSteps());
        }
        if (options.screenshot() != null) {
            // a focused point's breakdown is computed in the background before its charts draw
            Duration settle = Duration.seconds(
                    2 + 0.8 * options.teachSteps() + (options.focus() != LaunchOptions.NO_FOCUS ? 2 : 0));
            Screenshots.afterRendering(window.scene(), options.screenshot(), settle, Platform::exit);
        }
    }

    /**
     * The user's window placement and recent files; a scripted screenshot run keeps its own, so
     * its {@code --size} and study never replace what the user left.
     */
    static java.util.prefs.Preferences preferences(LaunchOptions options) {
        java.util.prefs.Preferences user = java.util.prefs.Preferences.userNodeForPackage(CodesignApp.class);
        return options.screenshot() == null ? user : user.node("screenshot-runs");
    }

    private static StudyDocument openFirst(LaunchOptions options) {
        Study fallback;
        try {
            fallback = Samples.load(Samples.DEFAULT);
        } catch (StudyFormatException e) {
            throw new IllegalStateException("the bundled default study is broken: " + e.getMessage(), e);
        }
        if (options.study() == null) {
            return new StudyDocument(fallback, null);
        }
        Path file = options.study();
        try {
            return new StudyDocument(StudyLoader.load(file), file);
        } catch (StudyFormatException | StoreException e) {
            if (options.screenshot() != null) {
                System.err.println("codesign: " + e.getMessage());
            } else {
                Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
                alert.setHeaderText("The study could not be opened; the default study is shown instead.");
                alert.showAndWait();
            }
            return new StudyDocument(fallback, null);
        }
    }
}
