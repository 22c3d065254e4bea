package org.codesign.ui.teaching;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Presentation mode for a lecture hall: the teaching view moves into a window of its own, full
 * screen, with large fonts and high contrast; leaving it (the toggle, Esc or closing the window)
 * puts the view back where it was.
 */
final class PresentationMode {
    /** Large type and white on black (Modena derives every text and control colour from these). */
    static final String STYLE = "-fx-font-size: 22px; -fx-base: #000000; -fx-background: #000000; "
            + "-fx-control-inner-background: #000000; -fx-accent: #ffd400; -fx-focus-color: #ffd400;";

    private final StackPane home;
    private final Parent body;
    private final BooleanProperty on;
    private final Label away = new Label("The teaching view is in presentation mode (Esc returns).");
    private Stage stage;

    PresentationMode(StackPane home, Parent body, BooleanProperty on) {
        this.home = home;
        this.body = body;
        this.on = on;
        on.addListener((o, a, b) -> {
            if (b) {
                enter();
            } else {
                leave();
            }
        });
    }

    /** The presentation window while shown, else null. */
    Stage stage() {
        return stage;
    }

    private void enter() {
        if (stage != null) {
            return;
        }
        home.getChildren().setAll(away);
        // the style on a root of its own, so that the view itself never changes its style
        StackPane presented = new StackPane(body);
        presented.setStyle(STYLE);
        stage = new Stage();
        Window owner = home.getScene() == null ? null : home.getScene().getWindow();
        if (owner != null) {
            stage.initOwner(owner);
            stage.getIcons().setAll(owner instanceof Stage s ? s.getIcons() : java.util.List.of());
        }
        stage.setTitle("Co-Design Explorer · teaching");
        Scene scene = new Scene(presented, 1280, 800);
        if (home.getScene() != null) {
            scene.getStylesheets().setAll(home.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setFullScreenExitHint("Esc leaves presentation mode");
        stage.fullScreenProperty().addListener((o, a, b) -> {
            if (!b) {
                on.set(false);
            }
        });
        stage.setOnHidden(e -> on.set(false));
        stage.show();
        stage.setFullScreen(true);
    }

    private void leave() {
        if (stage == null) {
            return;
        }
        Stage closing = stage;
        stage = null;
        closing.setOnHidden(null);
        // leave full screen first: a window closed while full screen can leave the screen's state behind
        closing.setFullScreen(false);
        // Back into the window while the presentation scene still holds its root: JavaFX 21 gives
        // a node moved to another scene its new style helpers before its parents get theirs, and
        // they look colours up through the old parents. Emptying that scene first made every
        // button and text field of the view fail its look-ups (ClassCastException: String cannot
        // be cast to Paint, logged by javafx.css; openjdk/jfx JDK-8268657).
        home.getChildren().setAll(body);
        closing.close();
    }
}
