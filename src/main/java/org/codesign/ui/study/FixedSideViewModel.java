package org.codesign.ui.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.codesign.space.Assignment;
import org.codesign.space.HardwareConfig;
import org.codesign.space.NetworkConfig;
import org.codesign.space.ParamValue;
import org.codesign.space.Parameter;
import org.codesign.space.TemplateSpace;
import org.codesign.study.ConfigJson;
import org.codesign.study.Study;
import org.codesign.study.StudyFormatException;

/**
 * The fixed side of the single-sided modes: the hardware that network-only (and sequential) runs
 * use, or the network that hardware-only runs use. One value per parameter, chosen from the
 * space's lists; once every parameter has one, the configuration is stored in the study.
 */
public final class FixedSideViewModel {
    /** One parameter: the space's values to choose from and the chosen one (null: none yet). */
    public static final class Row {
        private final String name;
        private final ObservableList<ParamValue> choices = FXCollections.observableArrayList();
        private final ObjectProperty<ParamValue> value = new SimpleObjectProperty<>(this, "value");

        private Row(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public ObservableList<ParamValue> choices() {
            return choices;
        }

        public ObjectProperty<ParamValue> valueProperty() {
            return value;
        }
    }

    private final StudyDocument document;
    private final SpaceSide side;
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private boolean updating;

    public FixedSideViewModel(StudyDocument document, SpaceSide side) {
        this.document = document;
        this.side = side;
        document.studyProperty().addListener((o, a, b) -> show(b));
        show(document.study());
    }

    public SpaceSide side() {
        return side;
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

    /** The configuration as stored, what is missing, or why the values chosen make none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private Object fixed(Study s) {
        return side == SpaceSide.HARDWARE ? s.fixedHardware() : s.fixedNetwork();
    }

    private Study withFixed(Study s, Object config) {
        return side == SpaceSide.HARDWARE
                ? s.withFixed(s.fixedNetwork(), (HardwareConfig) config)
                : s.withFixed((NetworkConfig) config, s.fixedHardware());
    }

    private void show(Study study) {
        updating = true;
        try {
            TemplateSpace<?> space = side.of(study);
            List<String> names =
                    space.design().parameters().stream().map(Parameter::name).toList();
            if (!names.equals(rows.get().stream().map(Row::name).toList())) {
                List<Row> fresh = new ArrayList<>();
                for (String name : names) {
                    Row r = new Row(name);
                    r.value.addListener((o, a, b) -> commit());
                    fresh.add(r);
                }
                rows.set(List.copyOf(fresh));
            }
            Assignment current = currentAssignment(study, space);
            for (Parameter p : space.design().parameters()) {
                Row r = row(p.name());
                r.choices.setAll(p.values());
                ParamValue v = current == null ? null : current.values().get(p.name());
                int i = v == null ? -1 : p.indexOfNearest(v);
                r.value.set(
                        i >= 0 && p.values().get(i).label().equals(v.label())
                                ? p.values().get(i)
                                : null);
            }
            Object config = fixed(study);
            summary.set(
                    config == null
                            ? "None chosen yet: pick a value for every parameter."
                            : "Current: "
                                    + (config instanceof NetworkConfig n
                                            ? ConfigJson.toJson(n)
                                            : ConfigJson.toJson((HardwareConfig) config)));
        } finally {
            updating = false;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Assignment currentAssignment(Study study, TemplateSpace<?> space) {
        Object config = fixed(study);
        if (config == null || !config.getClass().equals(sampleClass(space))) {
            return null;
        }
        TemplateSpace raw = space;
        try {
            return raw.template()
                    .assign(config, space.design().decode(new int[space.design().genomeLength()]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Class<?> sampleClass(TemplateSpace<?> space) {
        try {
            return space.decode(new int[space.design().genomeLength()]).getClass();
        } catch (RuntimeException e) {
            return Void.class;
        }
    }

    /** Stores the configuration once every parameter has a value. */
    private void commit() {
        if (updating || rows.get().stream().anyMatch(r -> r.value.get() == null)) {
            return;
        }
        Map<String, ParamValue> values = new LinkedHashMap<>();
        rows.get().forEach(r -> values.put(r.name, r.value.get()));
        TemplateSpace<?> space = side.of(document.study());
        try {
            Object config = space.template().decode(new Assignment(values));
            document.edit(s -> withFixed(s, config));
        } catch (IllegalArgumentException e) {
            summary.set(e.getMessage());
        }
    }

    /** Reads a configuration file into the study; says why if it cannot be read. */
    public Optional<String> load(Path file) {
        try {
            Object config = side == SpaceSide.HARDWARE ? ConfigJson.readHardware(file) : ConfigJson.readNetwork(file);
            document.edit(s -> withFixed(s, config));
            return Optional.empty();
        } catch (StudyFormatException e) {
            return Optional.of(e.getMessage());
        }
    }
}
