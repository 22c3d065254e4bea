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
        // a scripted screenshot shows the layout it asks for, else the 3D view with its projections
        if (options.layout() != null || options.screenshot() != null) {
            window.pareto()
                    .viewModel()
                    .layoutProperty()
                    .set(options.layout() != null ? options.layout() : org.codesign.ui.pareto.PlotLayout.CUBE);
        }
        if (options.colourBy() != null) {
            window.pareto().model().colorModeProperty().set(options.colourBy());
        }
        StartupTiming.followFirstPaint(
                window.scene(),
                window.store(),
                document.study().runs().stream().anyMatch(r -> r.columns().size() > 0));
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
                    3 + 1.5 * options.teachSteps() + (options.focus() != LaunchOptions.NO_FOCUS ? 2 : 0));
            Runnable shoot =
                    () -> Screenshots.afterRendering(window.scene(), options.screenshot(), settle, Platform::exit);
            // a large study's points arrive from the background: the settle time counts from then
            whenLoaded(window.store(), shoot);
        }
    }

    private static void whenLoaded(org.codesign.ui.points.PointStore store, Runnable then) {
        if (!store.loadingProperty().get()) {
            then.run();
            return;
        }
        store.loadingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    store.loadingProperty().removeListener(this);
                    then.run();
                }
            }
        });
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
