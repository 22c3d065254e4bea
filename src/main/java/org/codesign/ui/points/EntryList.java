package org.codesign.ui.points;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * The point store's list of entries. Unlike a plain observable list it can announce that some
 * entries changed in place (an older point left the Pareto front) as one change of several
 * updates, which a filtered and sorted view turns into work on just those rows; replacing each
 * of them would cost a sorted view a pass over all rows apiece.
 */
public final class EntryList extends ModifiableObservableListBase<PointEntry> {
    private final ArrayList<PointEntry> items = new ArrayList<>();

    @Override
    public PointEntry get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    protected void doAdd(int index, PointEntry element) {
        items.add(index, element);
    }

    @Override
    protected PointEntry doSet(int index, PointEntry element) {
        return items.set(index, element);
    }

    @Override
    protected PointEntry doRemove(int index) {
        return items.remove(index);
    }

    /** Announces that the entries at these positions changed in place, in one change. */
    void updated(int[] positions) {
        if (positions.length == 0) {
            return;
        }
        beginChange();
        try {
            for (int p : positions) {
                nextUpdate(p);
            }
        } finally {
            endChange();
        }
    }

    /** Replaces everything in one change (the inherited one removes element by element from the front). */
    @Override
    public boolean setAll(Collection<? extends PointEntry> col) {
        beginChange();
        try {
            if (!items.isEmpty()) {
                List<PointEntry> removed = new ArrayList<>(items);
                items.clear();
                modCount++;
                nextRemove(0, removed);
            }
            if (!col.isEmpty()) {
                items.addAll(col);
                modCount++;
                nextAdd(0, items.size());
            }
            return true;
        } finally {
            endChange();
        }
    }

    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        if (fromIndex >= toIndex) {
            return;
        }
        beginChange();
        try {
            List<PointEntry> range = items.subList(fromIndex, toIndex);
            List<PointEntry> removed = new ArrayList<>(range);
            range.clear();
            modCount++;
            nextRemove(fromIndex, removed);
        } finally {
            endChange();
        }
    }
}
