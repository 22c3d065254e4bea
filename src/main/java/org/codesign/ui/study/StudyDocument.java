package org.codesign.ui.study;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.codesign.study.Study;

/**
 * The open study as the window sees it: the current (immutable) study, the file it came from,
 * whether it has unsaved changes, and an undo history. Studies are values, so undo keeps the
 * previous ones.
 */
public final class StudyDocument {
    private static final int UNDO_LIMIT = 200;

    private final ObjectProperty<Study> study = new SimpleObjectProperty<>(this, "study");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final Deque<Study> undo = new ArrayDeque<>();
    private final Deque<Study> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final javafx.collections.ObservableMap<String, String> invalidEdits =
            javafx.collections.FXCollections.observableHashMap();
    private final javafx.beans.property.ReadOnlyLongWrapper replacements =
            new javafx.beans.property.ReadOnlyLongWrapper(this, "replacements");

    /** The study as last opened or saved: undoing back to it leaves nothing to save. */
    private Study saved;

    private boolean replacing;

    /**
     * The selection changed since the study was opened or saved. It lives in the window, not in
     * {@link #study()}, but Save writes it into the file, so a changed one is an unsaved change.
     */
    private boolean selectionChanged;

    public StudyDocument(Study initial, Path source) {
        study.set(initial);
        file.set(source);
        saved = initial;
    }

    public ObjectProperty<Study> studyProperty() {
        return study;
    }

    public Study study() {
        return study.get();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path file() {
        return file.get();
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** A user's edit: undoable, marks the study changed. */
    public void edit(UnaryOperator<Study> change) {
        Study before = study.get();
        Study after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        undo.push(before);
        if (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        study.set(after);
        dirty.set(true);
        updateHistory();
    }

    /** A change that is not the user's own edit (runs adding points): not undoable, but unsaved. */
    public void update(UnaryOperator<Study> change) {
        Study after = change.apply(study.get());
        if (!after.equals(study.get())) {
            study.set(after);
            dirty.set(true);
        }
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(study.get());
            study.set(undo.pop());
            dirty.set(study.get() != saved || selectionChanged);
            updateHistory();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(study.get());
            study.set(redo.pop());
            dirty.set(study.get() != saved || selectionChanged);
            updateHistory();
        }
    }

    /**
     * What editors hold typed but cannot commit because it is invalid, by editor: the reason. The
     * study keeps its last valid values, so without this a run would start on values the user no
     * longer sees as theirs; the run form refuses while any is pending.
     */
    public javafx.collections.ObservableMap<String, String> invalidEdits() {
        return invalidEdits;
    }

    /** Counts New/Open: views that hold state about the old study start afresh when it changes. */
    public javafx.beans.property.ReadOnlyLongProperty replacementsProperty() {
        return replacements.getReadOnlyProperty();
    }

    /**
     * Another study replaces this one (New, Open): history starts again. The replacement is
     * announced last, when the document is wholly the new study, so views that start afresh read
     * the new study (announced first, they reloaded the old one and kept its points).
     */
    public void replace(Study next, Path source) {
        replacing = true;
        try {
            replaceNow(next, source);
        } finally {
            replacing = false;
        }
    }

    /**
     * Whether the changes being announced come from {@link #replace} (another study), not from an
     * edit or a save of this one: a new file name then means another study, not Save As.
     */
    public boolean isReplacing() {
        return replacing;
    }

    private void replaceNow(Study next, Path source) {
        undo.clear();
        redo.clear();
        study.set(next);
        file.set(source);
        saved = next;
        selectionChanged = false;
        dirty.set(false);
        updateHistory();
        replacements.set(replacements.get() + 1);
    }

    /**
     * Part of the study reached its file (a run written into a study store): the saved state takes
     * the change, and the study is unchanged again if that is now all it holds.
     */
    public void markPartSaved(Path savedTo, UnaryOperator<Study> change) {
        if (!savedTo.equals(file.get())) {
            return;
        }
        saved = change.apply(saved);
        if (study.get().equals(saved)) {
            saved = study.get();
            dirty.set(selectionChanged);
        }
    }

    /** The whole study, with the window's selection, was saved to {@code savedTo}. */
    public void markSaved(Path savedTo) {
        file.set(savedTo);
        saved = study.get();
        selectionChanged = false;
        dirty.set(false);
    }

    /**
     * The file now holds the study but not the window's selection (runs written into it by
     * themselves): unsaved only if the selection changed.
     */
    public void markRunsSaved(Path savedTo) {
        file.set(savedTo);
        saved = study.get();
        dirty.set(selectionChanged);
    }

    /** The user changed the selection: the study has an unsaved change until it is saved. */
    public void selectionChanged() {
        selectionChanged = true;
        dirty.set(true);
    }

    /** "Edge-GPU co-design — default.codesign.json *". */
    public StringBinding titleBinding() {
        return Bindings.createStringBinding(
                () -> {
                    String where = file.get() == null
                            ? "not saved"
                            : String.valueOf(file.get().getFileName());
                    return study.get().name() + " — " + where + (dirty.get() ? " •" : "") + " — Co-Design Explorer";
                },
                study,
                file,
                dirty);
    }

    private void updateHistory() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
