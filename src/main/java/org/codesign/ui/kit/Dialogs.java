package org.codesign.ui.kit;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** The few dialogs the window needs, worded for users. */
public final class Dialogs {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private Dialogs() {}

    public static void error(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }

    /** Save, Don't Save or Cancel (empty). */
    public static Optional<ButtonType> unsavedChanges(Window owner, String studyName) {
        Alert alert = new Alert(
                Alert.AlertType.CONFIRMATION,
                "Your changes will be lost if you don't save them.",
                SAVE,
                DISCARD,
                ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText("Save the changes to \"" + studyName + "\"?");
        return alert.showAndWait().filter(b -> b != ButtonType.CANCEL);
    }

    public static Optional<String> text(Window owner, String header, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setHeaderText(header);
        return d.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
    }
}
