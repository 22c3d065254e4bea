package org.codesign.ui.files;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * The window's status line: what the study holds or what the last file action did, and a
 * progress bar while a study file is read (indeterminate) or a selection is exported.
 */
public final class StatusLine {
    private StatusLine() {}

    public static HBox of(StudyFilesViewModel model) {
        Label status = new Label();
        status.setId("status-line");
        status.textProperty().bind(model.statusProperty());
        ProgressBar busy = new ProgressBar();
        busy.setId("status-progress");
        busy.setPrefWidth(160);
        busy.progressProperty()
                .bind(Bindings.when(model.openingProperty())
                        .then(ProgressBar.INDETERMINATE_PROGRESS)
                        .otherwise(model.exportProgressProperty()));
        busy.visibleProperty().bind(model.exportingProperty().or(model.openingProperty()));
        HBox bar = new HBox(12, status, busy);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
