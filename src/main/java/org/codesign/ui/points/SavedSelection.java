package org.codesign.ui.points;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.codesign.study.PointRef;
import org.codesign.study.Study;
import org.codesign.ui.study.StudyDocument;

/**
 * The selection that goes into the study's file and comes back with it. When another study
 * replaces the open one, the old selection is cleared and the new study's saved selection is
 * selected again, once the {@link PointStore} holds its points (a large study's arrive from the
 * background). Create it after the views that load the store on a replacement, so it runs after
 * them. A selection the user changes marks the study changed, so closing or opening another study
 * asks to save it instead of losing it.
 */
public final class SavedSelection {
    private final PointStore store;
    private final Selection selection;
    /** The saved selection waiting for the store's background build, null when none waits. */
    private List<PointRef> pending;
    /** The selection as restored or last seen: a change of the version alone (nothing moved) is none. */
    private BitSet seen = new BitSet();
    /** What the user selected among a large study's preview, carried over to all its points; null when nothing was. */
    private List<PointRef> pickedInPreview;
    /** Points to select once the store takes in the build that just ended (it does right after). */
    private List<PointRef> afterBuild;

    private boolean restoring;

    public SavedSelection(StudyDocument document, PointStore store, Selection selection) {
        this.store = store;
        this.selection = selection;
        document.replacementsProperty().addListener((o, a, b) -> restore(document.study()));
        selection.versionProperty().addListener((o, a, b) -> {
            BitSet now = selection.positions();
            if (!restoring && !now.equals(seen)) {
                if (store.previewPointsProperty().get() > 0) {
                    pickedInPreview = current(); // the preview's positions end with it
                    pending = null; // the user's choice replaces the saved one
                }
                if (pending == null) {
                    document.selectionChanged();
                }
            }
            seen = now;
        });
        store.loadingProperty().addListener((o, was, now) -> {
            List<PointRef> points = pending != null ? pending : pickedInPreview;
            if (!now && points != null) {
                pending = null;
                pickedInPreview = null;
                afterBuild = points;
            }
        });
        store.versionProperty().addListener((o, a, b) -> {
            if (afterBuild != null && !store.loadingProperty().get()) {
                List<PointRef> points = afterBuild;
                afterBuild = null;
                select(points);
            }
        });
        restore(document.study());
    }

    private void restore(Study study) {
        restoring = true;
        try {
            selection.clear();
            pending = null;
            pickedInPreview = null;
            afterBuild = null;
            if (study.selection().isEmpty()) {
                return;
            }
            if (store.loadingProperty().get()) {
                pending = study.selection();
            } else {
                select(study.selection());
            }
        } finally {
            restoring = false;
        }
    }

    private void select(List<PointRef> points) {
        boolean was = restoring;
        restoring = true;
        try {
            selectNow(points);
        } finally {
            restoring = was;
        }
    }

    private void selectNow(List<PointRef> points) {
        BitSet bits = new BitSet();
        for (PointRef p : points) {
            PointEntry e = store.get(new PointKey(p.runId(), p.index()));
            if (e != null) {
                bits.set(e.position());
            }
        }
        selection.apply(bits, Selection.Combine.REPLACE);
    }

    /** What is selected now, as points of the study (for Save), in the order of the store. */
    public List<PointRef> current() {
        List<PointRef> list = new ArrayList<>();
        BitSet bits = selection.positions();
        for (int i = bits.nextSetBit(0); i >= 0 && i < store.entries().size(); i = bits.nextSetBit(i + 1)) {
            PointEntry e = store.entries().get(i);
            list.add(new PointRef(e.runId(), e.index()));
        }
        return list;
    }
}
