package org.codesign.ui.pareto;

import java.util.BitSet;
import org.codesign.ui.points.Selection;

/**
 * A brush that is dragged (range sliders, parallel-axis intervals): what it hits is combined
 * with the selection as it was when the drag began, so dragging back and forth never
 * accumulates, and the modifiers held at the start decide how.
 */
final class RangeBrush {
    private final Selection selection;
    private BitSet base;
    private Selection.Combine how = Selection.Combine.REPLACE;

    RangeBrush(Selection selection) {
        this.selection = selection;
    }

    /** A drag begins: remembers the selection and how to combine with it. */
    void begin(Selection.Combine combine) {
        how = combine;
        base = selection.positions();
    }

    boolean active() {
        return base != null;
    }

    /** The brush now hits these points: the selection becomes the base combined with them. */
    void apply(BitSet hit) {
        selection.apply(
                ParetoViewModel.combine(base == null ? selection.positions() : base, hit, how),
                Selection.Combine.REPLACE);
    }

    /** The drag ended: the next one starts from the selection as it is then. */
    void end() {
        base = null;
    }
}
