package org.codesign.ui.study;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.codesign.space.ParamValue;
import org.codesign.space.ParameterSpec;
import org.codesign.space.ValueKind;
import org.codesign.space.ValueLists;

/** One parameter's value list being edited: add, remove, reorder, fill a numeric range, and its problems. */
public final class ValueListViewModel {
    private final ParameterSpec spec;
    private final ObservableList<ParamValue> values;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public ValueListViewModel(ParameterSpec spec, List<ParamValue> current) {
        this.spec = spec;
        this.values = FXCollections.observableArrayList(current);
        check();
    }

    public ObservableList<ParamValue> values() {
        return values;
    }

    /** What is wrong with the list, one problem a line; empty if nothing. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "widthMult: width multiplier", with the unit if it has one. */
    public String header() {
        return spec.name() + (spec.unit().isEmpty() ? "" : " (" + spec.unit() + ")") + ": " + spec.description();
    }

    /** What may be typed: the options, or "value". */
    public String prompt() {
        return spec.kind() == ValueKind.OPTION ? String.join(", ", spec.options()) : "value";
    }

    /** Ranges make sense only for numbers. */
    public boolean takesRanges() {
        return spec.kind() != ValueKind.OPTION;
    }

    /** Appends the values typed ("3, 5"), read leniently. */
    public void add(String typed) {
        values.addAll(ValueLists.parseLenient(spec.kind(), typed));
        check();
    }

    public void remove(int index) {
        if (index >= 0 && index < values.size()) {
            values.remove(index);
            check();
        }
    }

    /** Moves value {@code index} by {@code delta} places; returns where it is now. */
    public int move(int index, int delta) {
        int to = index + delta;
        if (index < 0 || index >= values.size() || to < 0 || to >= values.size()) {
            return index;
        }
        values.add(to, values.remove(index));
        return to;
    }

    /** Replaces the list with from, from + step, … up to to; a wrong bound is explained instead. */
    public void fillRange(String from, String to, String step) {
        try {
            values.setAll(ValueLists.range(
                    spec.name(),
                    spec.kind(),
                    Double.parseDouble(from.trim()),
                    Double.parseDouble(to.trim()),
                    Double.parseDouble(step.trim())));
            check();
        } catch (NumberFormatException e) {
            problem.set(spec.name() + ": from, to and step must be numbers");
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
    }

    /** The list as the dialog returns it. */
    public List<ParamValue> result() {
        return List.copyOf(values);
    }

    private void check() {
        problem.set(String.join("\n", spec.check(values)));
    }
}
