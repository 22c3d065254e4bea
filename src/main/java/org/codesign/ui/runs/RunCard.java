package org.codesign.ui.runs;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.codesign.study.RunRecord;
import org.codesign.ui.kit.Ids;

/**
 * One run in the Runs panel: name, status, progress with speed and times, a live hypervolume
 * chart, and its controls. A run restored from a file has no controller: it shows what it found.
 * What it shows and which controls work is in {@link RunCardViewModel}; this lays out and binds.
 */
public final class RunCard extends VBox {
    /** What the card's buttons do; the panel implements it. */
    public interface Actions {
        void rename(RunCard card);

        void duplicate(RunCard card);

        void delete(RunCard card);

        /** Continues a stopped run from its checkpoint. */
        void resume(RunCard card);
    }

    private final RunCardViewModel model;
    private final HypervolumeChart chart = new HypervolumeChart();

    public RunCard(RunRecord record, Actions actions) {
        model = new RunCardViewModel(record);
        model.onResume(() -> actions.resume(this));
        Label name = new Label();
        Label state = new Label();
        ProgressBar progress = new ProgressBar(0);
        Label summary = new Label();
        Button pause = new Button("Pause");
        Button step = new Button("Step");
        Button cancel = new Button("Cancel");
        setId(Ids.of("run-card", record.id()));
        getStyleClass().add("run-card");
        setSpacing(4);
        setPadding(new Insets(6));
        name.getStyleClass().add("run-name");
        state.getStyleClass().add("run-state");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, name, gap, state);
        header.setAlignment(Pos.CENTER_LEFT);
        progress.setMaxWidth(Double.MAX_VALUE);
        summary.setWrapText(true);
        summary.getStyleClass().add("run-summary");
        pause.setId(Ids.of("run-pause", record.id()));
        step.setId(Ids.of("run-step", record.id()));
        cancel.setId(Ids.of("run-cancel", record.id()));
        Button duplicate = new Button("Duplicate");
        duplicate.setTooltip(new Tooltip("Start the same run again with another seed"));
        duplicate.setId(Ids.of("run-duplicate", record.id()));
        Button rename = new Button("Rename");
        rename.setId(Ids.of("run-rename", record.id()));
        Button delete = new Button("Delete");
        delete.setId(Ids.of("run-delete", record.id()));
        pause.setOnAction(e -> model.togglePause());
        step.setOnAction(e -> model.step());
        cancel.setOnAction(e -> model.cancel());
        duplicate.setOnAction(e -> actions.duplicate(this));
        rename.setOnAction(e -> actions.rename(this));
        delete.setOnAction(e -> actions.delete(this));
        javafx.scene.layout.FlowPane buttons =
                new javafx.scene.layout.FlowPane(4, 4, pause, step, cancel, duplicate, rename, delete);
        getChildren().addAll(header, buttons, progress, summary, chart);
        name.textProperty().bind(model.nameProperty());
        state.textProperty().bind(model.stateProperty());
        progress.progressProperty().bind(model.progressProperty());
        summary.textProperty().bind(model.summaryProperty());
        pause.textProperty().bind(model.pauseTextProperty());
        pause.disableProperty().bind(model.canPauseProperty().not());
        step.disableProperty().bind(model.canStepProperty().not());
        cancel.disableProperty().bind(model.canCancelProperty().not());
        chart.show(model.hypervolume());
    }

    String runId() {
        return model.runId();
    }

    RunController controller() {
        return model.controller();
    }

    public HypervolumeChart chart() {
        return chart;
    }

    /** Shows the stored state of a run (name, status, points, hypervolume history); Resume if it can continue. */
    void show(RunRecord record, boolean resumable) {
        show(record, resumable, record.name());
    }

    /** Shows the stored run titled {@code label}, as the legend and the table call it. */
    void show(RunRecord record, boolean resumable, String label) {
        model.show(record, resumable, label);
        if (model.controller() == null) {
            chart.show(model.hypervolume());
        }
    }

    /** Binds the card to a live run. */
    void attach(RunController c) {
        model.attach(c);
    }

    /** Redraws the chart from the controller's history (FX thread). */
    void refresh() {
        if (model.controller() != null) {
            chart.show(model.hypervolume());
        }
    }
}
