package org.codesign.ui.runs;

import org.codesign.ui.study.StudyDocument;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.codesign.eval.CodesignMode;
import org.codesign.search.CrossoverKind;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.Study;

/**
 * The form that starts a run: algorithm, mode, budget and the algorithm's settings, with
 * defaults that work. Start is disabled, with the reason shown, while the study cannot be
 * searched.
 */
public final class RunForm extends VBox {
    static final Map<String, String> ALGORITHM_NAMES = java.util.Arrays.stream(Algorithm.values())
            .collect(java.util.stream.Collectors.toMap(Algorithm::label, Algorithm::displayName));

    private final ChoiceBox<String> algorithm = new ChoiceBox<>();
    private final ChoiceBox<CodesignMode> mode = new ChoiceBox<>();
    private final Spinner<Integer> evaluations = new Spinner<>(10, 100_000_000, RunSpec.DEFAULTS.budget(), 500);
    private final Spinner<Integer> population = new Spinner<>(4, 100_000, RunSpec.DEFAULTS.population(), 10);
    private final ChoiceBox<CrossoverKind> crossover = new ChoiceBox<>();
    private final Spinner<Double> crossoverRate = new Spinner<>(0.0, 1.0, RunSpec.DEFAULTS.crossoverRate(), 0.05);
    private final Spinner<Double> mutationRate = new Spinner<>(0.0, 1.0, RunSpec.DEFAULTS.mutationRate(), 0.01);
    private final Spinner<Integer> starts = new Spinner<>(1, 1000, RunSpec.DEFAULTS.starts(), 1);
    private final TextField seed = new TextField(Long.toString(RunSpec.DEFAULTS.seed()));
    private final Spinner<Integer> threads = new Spinner<>(0, 256, RunSpec.DEFAULTS.threads(), 1);
    private final Label problem = new Label();
    private final Button start = new Button("Start");
    private final Button startStepping = new Button("Start paused");

    /**
     * @param onStart receives the request and whether to start paused (stepping)
     */
    RunForm(StudyDocument document, BiConsumer<RunSpec, Boolean> onStart) {
        setId("run-form");
        setSpacing(6);
        algorithm.getItems().addAll(Algorithm.labels());
        algorithm.setConverter(names(ALGORITHM_NAMES));
        algorithm.setValue(RunSpec.DEFAULTS.algorithm().label());
        algorithm.setId("run-algorithm");
        mode.getItems().addAll(CodesignMode.values());
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(CodesignMode m) {
                return m == null ? "" : m.label();
            }

            @Override
            public CodesignMode fromString(String s) {
                return CodesignMode.parse(s);
            }
        });
        mode.setValue(RunSpec.DEFAULTS.mode());
        mode.setId("run-mode");
        crossover.getItems().addAll(CrossoverKind.TWO_POINT, CrossoverKind.UNIFORM);
        crossover.setConverter(new StringConverter<>() {
            @Override
            public String toString(CrossoverKind k) {
                return k == null ? "" : RunSpec.crossoverLabel(k);
            }

            @Override
            public CrossoverKind fromString(String s) {
                return RunSpec.parseCrossover(s);
            }
        });
        crossover.setValue(RunSpec.DEFAULTS.crossover());
        for (Spinner<?> s : List.of(evaluations, population, crossoverRate, mutationRate, starts, threads)) {
            s.setEditable(true);
            s.setPrefWidth(110);
        }
        evaluations.setId("run-evaluations");
        population.setId("run-population");
        seed.setId("run-seed");
        seed.setPrefColumnCount(8);
        mutationRate.setTooltip(new Tooltip("Per-gene probability; 0 = one gene per offspring on average"));
        threads.setTooltip(new Tooltip("0 = all cores"));
        population.disableProperty().bind(algorithm.valueProperty().isNotEqualTo("nsga2"));
        crossover.disableProperty().bind(population.disableProperty());
        crossoverRate.disableProperty().bind(population.disableProperty());
        mutationRate.disableProperty().bind(population.disableProperty());
        starts.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !algorithm.getValue().contains("local"), algorithm.valueProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        int row = 0;
        grid.addRow(row++, new Label("Algorithm"), algorithm);
        grid.addRow(row++, new Label("Mode"), mode);
        grid.addRow(row++, new Label("Evaluations"), evaluations);
        grid.addRow(row++, new Label("Seed"), seed);
        grid.addRow(row++, new Label("Population"), population);
        grid.addRow(row++, new Label("Crossover"), new HBox(6, crossover, crossoverRate));
        grid.addRow(row++, new Label("Mutation rate"), mutationRate);
        grid.addRow(row++, new Label("Walkers (local)"), starts);
        grid.addRow(row++, new Label("Threads"), threads);
        start.setId("run-start");
        start.setDefaultButton(false);
        startStepping.setId("run-start-paused");
        startStepping.setTooltip(new Tooltip("Start paused and advance one generation at a time with Step"));
        start.setOnAction(e -> submit(onStart, false));
        startStepping.setOnAction(e -> submit(onStart, true));
        problem.setId("run-problem");
        problem.getStyleClass().add("validation-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        getChildren().addAll(grid, new HBox(8, start, startStepping), problem);
        document.studyProperty().addListener((o, a, b) -> check(b));
        mode.valueProperty().addListener((o, a, b) -> check(document.study()));
        check(document.study());
    }

    private static StringConverter<String> names(Map<String, String> names) {
        return new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : names.getOrDefault(key, key);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    /** Why a run cannot start now, or null. */
    static String whyNot(Study study, CodesignMode mode) {
        List<String> problems = study.space().validate();
        if (!problems.isEmpty()) {
            return "Fix the spaces first: " + String.join("; ", problems);
        }
        if ((mode == CodesignMode.NETWORK_ONLY || mode == CodesignMode.SEQUENTIAL) && study.fixedHardware() == null) {
            return "Choose the fixed hardware (Fixed sides) for " + mode.label() + " runs.";
        }
        if (mode == CodesignMode.HARDWARE_ONLY && study.fixedNetwork() == null) {
            return "Choose the fixed network (Fixed sides) for hardware-only runs.";
        }
        return null;
    }

    private void check(Study study) {
        String why = whyNot(study, mode.getValue());
        problem.setText(why == null ? "" : why);
        start.setDisable(why != null);
        startStepping.setDisable(why != null);
    }

    private void submit(BiConsumer<RunSpec, Boolean> onStart, boolean paused) {
        try {
            long s;
            try {
                s = Long.parseLong(seed.getText().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("seed: '" + seed.getText().trim() + "' is not a whole number");
            }
            RunSpec request = new RunSpec(Algorithm.parse(algorithm.getValue()), mode.getValue(),
                    evaluations.getValue(), s, threads.getValue(), population.getValue(), crossover.getValue(),
                    crossoverRate.getValue(), mutationRate.getValue(), starts.getValue());
            problem.setText("");
            onStart.accept(request, paused);
            seed.setText(Long.toString(s + 1));
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }
}
