package org.codesign.ui.runs;

import org.codesign.ui.kit.Ids;

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
import org.codesign.search.RunStatus;
import org.codesign.study.RunRecord;

/**
 * One run in the Runs panel: name, status, progress with speed and times, a live hypervolume
 * chart, and its controls. A run restored from a file has no controller: it shows what it found.
 */
public final class RunCard extends VBox {
    /** What the card's buttons do; the panel implements it. */
    public interface Actions {
        void rename(RunCard card);

        void duplicate(RunCard card);

        void delete(RunCard card);
    }

    private final String runId;
    private final Label name = new Label();
    private final Label state = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label summary = new Label();
    private final HypervolumeChart chart = new HypervolumeChart();
    private final Button pause = new Button("Pause");
    private final Button step = new Button("Step");
    private final Button cancel = new Button("Cancel");
    private RunController controller;

    public RunCard(RunRecord record, Actions actions) {
        this.runId = record.id();
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
        pause.setOnAction(e -> togglePause());
        step.setOnAction(e -> controller.step());
        cancel.setOnAction(e -> controller.cancel());
        duplicate.setOnAction(e -> actions.duplicate(this));
        rename.setOnAction(e -> actions.rename(this));
        delete.setOnAction(e -> actions.delete(this));
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(4, 4, pause, step, cancel, duplicate,
                rename, delete);
        getChildren().addAll(header, buttons, progress, summary, chart);
        show(record);
    }

    String runId() {
        return runId;
    }

    RunController controller() {
        return controller;
    }

    public HypervolumeChart chart() {
        return chart;
    }

    /** Shows the stored state of a run (name, status, points, hypervolume history). */
    void show(RunRecord record) {
        name.setText(record.name());
        if (controller == null) {
            state.setText(record.status() == RunRecord.Status.RUNNING || record.status() == RunRecord.Status.PAUSED
                    ? "stopped" : record.status().label());
            progress.setProgress(record.progress());
            summary.setText(String.format(java.util.Locale.ROOT, "%,d / %,d evals · %s · %s · seed %d · %s",
                    record.points().size(), record.budget(), RunFormViewModel.algorithmName(record.algorithm()),
                    record.mode().label(), record.seed(), RunController.format(java.time.Duration.ofMillis(record.elapsedMs()))));
            chart.show(record.hypervolume());
            for (Button b : new Button[] {pause, step, cancel}) {
                b.setDisable(true);
            }
        }
    }

    /** Binds the card to a live run. */
    void attach(RunController c) {
        controller = c;
        progress.progressProperty().bind(c.progressProperty());
        summary.textProperty().bind(c.summaryProperty());
        c.statusProperty().addListener((o, a, b) -> showStatus(b));
        showStatus(c.statusProperty().get());
    }

    /** Redraws the chart from the controller's history (FX thread). */
    void refresh() {
        if (controller != null) {
            chart.show(controller.hypervolume());
        }
    }

    private void showStatus(RunStatus s) {
        state.setText(s.name().toLowerCase(java.util.Locale.ROOT));
        boolean over = s.isTerminal();
        pause.setDisable(over);
        step.setDisable(over || s == RunStatus.RUNNING);
        cancel.setDisable(over);
        pause.setText(s == RunStatus.PAUSED ? "Resume" : "Pause");
    }

    private void togglePause() {
        if (controller.statusProperty().get() == RunStatus.PAUSED) {
            controller.resume();
        } else {
            controller.pause();
        }
    }
}
