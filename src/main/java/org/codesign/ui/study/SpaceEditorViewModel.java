package org.codesign.ui.study;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.codesign.space.DesignSpace;
import org.codesign.space.ParamValue;
import org.codesign.space.Parameter;
import org.codesign.space.ParameterSpec;
import org.codesign.space.Sizes;
import org.codesign.space.SpaceTemplate;
import org.codesign.space.TemplateSpace;
import org.codesign.space.ValueKind;
import org.codesign.space.ValueLists;
import org.codesign.study.Study;

/**
 * One of the study's spaces as its editor shows it: the template, each parameter's value list as
 * text ("3, 5, 7"), the problems of the lists and the size of the space as typed. Edits are
 * committed to the study undoably; a list the user is still editing is not overwritten when the
 * study changes under it.
 */
public final class SpaceEditorViewModel {
    /** One parameter's row: its value list as text, and the text last shown of the study's list. */
    public static final class Row {
        private final String name;
        private final ParameterSpec spec;
        private final StringProperty text = new SimpleStringProperty(this, "text");
        private String shown;
        private boolean editing;

        private Row(String name, ParameterSpec spec, String text) {
            this.name = name;
            this.spec = spec;
            this.text.set(text);
            this.shown = text;
        }

        public String name() {
            return name;
        }

        public StringProperty textProperty() {
            return text;
        }

        /** False for a parameter the template does not know: its values cannot be checked or listed. */
        public boolean known() {
            return spec != null;
        }

        public ParameterSpec spec() {
            return spec;
        }

        /** What the parameter means, with its unit, for a tooltip; empty if unknown. */
        public String description() {
            return spec == null ? "" : spec.description() + (spec.unit().isEmpty() ? "" : " (" + spec.unit() + ")");
        }

        ValueKind kind() {
            return spec == null ? ValueKind.OPTION : spec.kind();
        }

        /** The values as typed, read leniently (what a commit would store). */
        public List<ParamValue> values() {
            return parse(text.get());
        }

        private List<ParamValue> parse(String typed) {
            return ValueLists.parseLenient(kind(), typed == null ? "" : typed);
        }

        /** What is wrong with the values as typed; empty if nothing. */
        public List<String> problems() {
            return problemsOf(text.get());
        }

        /** What would be wrong with {@code typed} as this parameter's list. */
        public List<String> problemsOf(String typed) {
            return spec == null ? List.of(name + ": unknown parameter for this template") : spec.check(parse(typed));
        }
    }

    /** Parameters that differ only in their stage/block numbers ("stage*.depth"), set all at once. */
    public record Group(String key, List<String> members, String example) {}

    private final StudyDocument document;
    private final SpaceSide side;
    private final ObjectProperty<String> template = new SimpleObjectProperty<>(this, "template");
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final ReadOnlyStringWrapper sizeText = new ReadOnlyStringWrapper(this, "sizeText");
    private final ReadOnlyObjectWrapper<BigInteger> tentativeSize = new ReadOnlyObjectWrapper<>(this, "tentativeSize");
    private List<Group> groups = List.of();
    private boolean updating;

    public SpaceEditorViewModel(StudyDocument document, SpaceSide side) {
        this.document = document;
        this.side = side;
        template.addListener((o, old, now) -> {
            if (!updating
                    && now != null
                    && !now.equals(side.of(document.study()).template().name())) {
                changeTemplate(now);
            }
        });
        document.studyProperty().addListener((o, old, now) -> refresh(now));
        refresh(document.study());
    }

    public SpaceSide side() {
        return side;
    }

    public List<String> templateNames() {
        return side.templates().stream().map(t -> t.name()).toList();
    }

    /** The space's template; choosing another replaces the space with that template's defaults. */
    public ObjectProperty<String> templateProperty() {
        return template;
    }

    /** The parameters in order; a new list (the view rebuilds) only when the parameters change. */
    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public Row row(String parameter) {
        return rows.get().stream()
                .filter(r -> r.name.equals(parameter))
                .findFirst()
                .orElse(null);
    }

    public List<Group> groups() {
        return groups;
    }

    /** The study's problems with this space, as they block runs; empty if none. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** "3.0 × 10^20 configurations", following the text as typed. */
    public ReadOnlyStringProperty sizeTextProperty() {
        return sizeText.getReadOnlyProperty();
    }

    /** The size of the space as currently typed (before the edit is committed). */
    public ReadOnlyObjectProperty<BigInteger> tentativeSizeProperty() {
        return tentativeSize.getReadOnlyProperty();
    }

    /** "Joint space: 1.1 × 10^24 configurations": both spaces' sizes as typed, multiplied. */
    public static StringBinding jointSize(SpaceEditorViewModel network, SpaceEditorViewModel hardware) {
        return Bindings.createStringBinding(
                () -> "Joint space: " + Sizes.format(network.tentativeSize.get().multiply(hardware.tentativeSize.get()))
                        + " configurations",
                network.tentativeSize,
                hardware.tentativeSize);
    }

    /** While a list is being edited, a study change (a run adding points) leaves its text alone. */
    public void setEditing(String parameter, boolean editing) {
        Row r = row(parameter);
        if (r != null) {
            r.editing = editing;
        }
    }

    /** Stores a parameter's list as typed (undoably), if it changed. */
    public void commit(String parameter) {
        Row r = row(parameter);
        if (updating || r == null) {
            return;
        }
        List<ParamValue> values = r.values();
        document.edit(s -> {
            TemplateSpace<?> current = side.of(s);
            if (current.design().indexOf(parameter) < 0
                    || current.design().parameter(parameter).values().equals(values)) {
                return s;
            }
            return side.with(
                    s,
                    BoardLevels.DEVICE.equals(parameter)
                            ? BoardLevels.withDevice(current, values)
                            : current.withParameter(new Parameter(parameter, values)));
        });
    }

    /** Sets the list of every member of a group in one undoable edit. */
    public void commitGroup(Group group, String text) {
        Row first = row(group.members().get(0));
        List<ParamValue> values = first.parse(text);
        document.edit(s -> {
            TemplateSpace<?> current = side.of(s);
            for (String m : group.members()) {
                current = current.withParameter(new Parameter(m, values));
            }
            return side.with(s, current);
        });
    }

    private void changeTemplate(String name) {
        SpaceTemplate<?> t = side.templates().stream()
                .filter(x -> x.name().equals(name))
                .findFirst()
                .orElseThrow();
        document.edit(s -> clearFixedSide(side.with(s, TemplateSpace.defaults(t))));
    }

    /** A fixed configuration of the old template means nothing in the new one. */
    private Study clearFixedSide(Study s) {
        return side == SpaceSide.NETWORK ? s.withFixed(null, s.fixedHardware()) : s.withFixed(s.fixedNetwork(), null);
    }

    private void refresh(Study study) {
        updating = true;
        try {
            TemplateSpace<?> space = side.of(study);
            template.set(space.template().name());
            List<String> names =
                    space.design().parameters().stream().map(Parameter::name).toList();
            if (!names.equals(rows.get().stream().map(Row::name).toList())) {
                List<Row> fresh = new ArrayList<>();
                for (Parameter p : space.design().parameters()) {
                    Row r = new Row(p.name(), space.template().spec(p.name()), ValueLists.join(p.values()));
                    r.text.addListener((o, a, b) -> {
                        if (!updating) {
                            updateTentativeSize();
                        }
                    });
                    fresh.add(r);
                }
                groups = groups(space.design());
                rows.set(List.copyOf(fresh));
            } else {
                for (Parameter p : space.design().parameters()) {
                    Row r = row(p.name());
                    String text = ValueLists.join(p.values());
                    if (!r.editing || r.text.get().equals(r.shown)) {
                        r.text.set(text);
                    }
                    r.shown = text;
                }
            }
            List<String> all = space.validate();
            problems.set(all.isEmpty() ? "" : "Cannot start a run until this is fixed:\n  " + String.join("\n  ", all));
            updateTentativeSize();
        } finally {
            updating = false;
        }
    }

    private static List<Group> groups(DesignSpace design) {
        Map<String, List<Parameter>> byKey = new LinkedHashMap<>();
        for (Parameter p : design.parameters()) {
            String key = p.name().replaceAll("\\d+", "*");
            if (!key.equals(p.name())) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, members) -> {
            if (members.size() >= 3) {
                groups.add(new Group(
                        key,
                        members.stream().map(Parameter::name).toList(),
                        ValueLists.join(members.get(0).values())));
            }
        });
        return List.copyOf(groups);
    }

    private void updateTentativeSize() {
        TemplateSpace<?> space = side.of(document.study());
        for (Row r : rows.get()) {
            space = space.withParameter(new Parameter(r.name, r.values()));
        }
        BigInteger n = space.size();
        tentativeSize.set(n);
        sizeText.set(Sizes.format(n) + " configurations");
    }
}
