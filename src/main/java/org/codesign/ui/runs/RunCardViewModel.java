package org.codesign.ui.runs;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.codesign.search.RunStatus;
import org.codesign.study.RunRecord;

/**
 * One run as its card shows it: name, state, progress and summary, and which controls work. A run
 * restored from a file has no controller and shows what it found; a live run follows its controller.
 * A stopped run that can continue (paused, cancelled, or going when the app was killed) offers
 * Resume on its Pause button.
 */
public final class RunCardViewModel {
    private final String runId;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyStringWrapper pauseText = new ReadOnlyStringWrapper(this, "pauseText", "Pause");
    private final ReadOnlyBooleanWrapper canPause = new ReadOnlyBooleanWrapper(this, "canPause");
    private final ReadOnlyBooleanWrapper canStep = new ReadOnlyBooleanWrapper(this, "canStep");
    private final ReadOnlyBooleanWrapper canCancel = new ReadOnlyBooleanWrapper(this, "canCancel");
    private RunRecord record;
    private RunController controller;
    private Runnable resumeStored = () -> {};

    RunCardViewModel(RunRecord record) {
        this.runId = record.id();
        show(record, false);
    }

    /** What Resume does for a stopped run without a controller (the panel continues it from its checkpoint). */
    void onResume(Runnable action) {
        resumeStored = action;
    }

    String runId() {
        return runId;
    }

    RunController controller() {
        return controller;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Resume" while paused, and for a stopped run that can continue. */
    public ReadOnlyStringProperty pauseTextProperty() {
        return pauseText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPauseProperty() {
        return canPause.getReadOnlyProperty();
    }

    /** Stepping advances a paused run by one generation. */
    public ReadOnlyBooleanProperty canStepProperty() {
        return canStep.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return canCancel.getReadOnlyProperty();
    }

    /** The hypervolume over evaluations: the live run's, or the stored one. */
    List<double[]> hypervolume() {
        return controller != null ? controller.hypervolume() : record.hypervolume();
    }

    /**
     * Shows the stored state of a run; a live run's state comes from its controller instead.
     *
     * @param resumable the run stopped and its checkpoint is known: Resume continues it
     */
    void show(RunRecord stored, boolean resumable) {
        show(stored, resumable, stored.name());
    }

    /** As {@link #show(RunRecord, boolean)}, titled {@code label} (the run's name, told apart from a namesake by its id). */
    void show(RunRecord stored, boolean resumable, String label) {
        record = stored;
        name.set(label);
        if (controller != null && resumable && controller.finished()) {
            // a run cancelled in this session shows its stored state again, with Resume
            progress.unbind();
            summary.unbind();
            controller = null;
        }
        if (controller == null) {
            // a run that was going when the study was saved is not going now
            state.set(
                    stored.status() == RunRecord.Status.RUNNING || stored.status() == RunRecord.Status.PAUSED
                            ? "stopped"
                            : stored.status().label());
            progress.set(stored.progress());
            summary.set(String.format(
                    Locale.ROOT,
                    "%,d / %,d evals · %s · %s · seed %d · %s",
                    stored.points().size(),
                    stored.budget(),
                    RunFormViewModel.algorithmName(stored.algorithm()),
                    stored.mode().label(),
                    stored.seed(),
                    RunController.format(Duration.ofMillis(stored.elapsedMs()))));
            pauseText.set(resumable ? "Resume" : "Pause");
            canPause.set(resumable);
            canStep.set(false);
            canCancel.set(false);
        }
    }

    /** Follows a live run. */
    void attach(RunController c) {
        controller = c;
        progress.bind(c.progressProperty());
        summary.bind(c.summaryProperty());
        c.statusProperty().addListener((o, a, b) -> {
            if (controller == c) {
                showStatus(b);
            }
        });
        showStatus(c.statusProperty().get());
    }

    private void showStatus(RunStatus s) {
        state.set(s.name().toLowerCase(Locale.ROOT));
        boolean over = s.isTerminal();
        canPause.set(!over);
        canStep.set(!over && s != RunStatus.RUNNING);
        canCancel.set(!over);
        pauseText.set(s == RunStatus.PAUSED ? "Resume" : "Pause");
    }

    public void togglePause() {
        if (controller == null) {
            resumeStored.run();
        } else if (controller.statusProperty().get() == RunStatus.PAUSED) {
            controller.resume();
        } else {
            controller.pause();
        }
    }

    public void step() {
        controller.step();
    }

    public void cancel() {
        controller.cancel();
    }
}
