package org.codesign.ui.study;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private final ReadOnlyStringWrapper addProblem = new ReadOnlyStringWrapper(this, "addProblem", "");

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

    /** Why the values typed last were not added (already in the list); empty if they were. */
    public ReadOnlyStringProperty addProblemProperty() {
        return addProblem.getReadOnlyProperty();
    }

    /**
     * Appends the values typed ("3, 5"), read leniently, unless one is already in the list or typed
     * twice: a value list is a set of choices, and a repeated one would only weight the search.
     * Returns whether they were added (else the typed text stays for the user to correct).
     */
    public boolean add(String typed) {
        List<ParamValue> fresh = ValueLists.parseLenient(spec.kind(), typed);
        Set<ParamValue> seen = new HashSet<>(values);
        List<String> repeated = fresh.stream()
                .filter(v -> !seen.add(v))
                .map(ParamValue::label)
                .distinct()
                .toList();
        if (!repeated.isEmpty()) {
            addProblem.set(
                    String.join(", ", repeated) + (repeated.size() == 1 ? " is" : " are") + " already in the list");
            return false;
        }
        addProblem.set("");
        values.addAll(fresh);
        check();
        return true;
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
