package org.codesign.ui.points;

import java.util.BitSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one selection shared by every view (plot, table, export): a set of positions in the
 * {@link PointStore}, plus the point the detail pane shows. Brushing anywhere changes it;
 * every view redraws when {@link #versionProperty()} changes.
 */
public final class Selection {
    /** How a brush combines with what is selected (modifier keys choose). */
    public enum Combine {
        REPLACE,
        ADD,
        SUBTRACT,
        INTERSECT
    }

    private BitSet bits = new BitSet();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    private final ObjectProperty<PointEntry> focused = new SimpleObjectProperty<>(this, "focused");

    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ObjectProperty<PointEntry> focusedProperty() {
        return focused;
    }

    public boolean isSelected(int position) {
        return bits.get(position);
    }

    public int count() {
        return bits.cardinality();
    }

    /** A copy of the selected positions. */
    public BitSet positions() {
        return (BitSet) bits.clone();
    }

    public void apply(BitSet brushed, Combine how) {
        BitSet next = (BitSet) bits.clone();
        switch (how) {
            case REPLACE -> next = (BitSet) brushed.clone();
            case ADD -> next.or(brushed);
            case SUBTRACT -> next.andNot(brushed);
            case INTERSECT -> next.and(brushed);
        }
        if (!next.equals(bits)) {
            bits = next;
            version.set(version.get() + 1);
        }
    }

    public void selectOnly(int position) {
        BitSet one = new BitSet();
        one.set(position);
        apply(one, Combine.REPLACE);
    }

    public void clear() {
        apply(new BitSet(), Combine.REPLACE);
    }

    public static Combine combineFor(boolean shift, boolean shortcut, boolean alt) {
        if (shift && shortcut) {
            return Combine.INTERSECT;
        }
        if (shift) {
            return Combine.ADD;
        }
        if (shortcut || alt) {
            return Combine.SUBTRACT;
        }
        return Combine.REPLACE;
    }
}
