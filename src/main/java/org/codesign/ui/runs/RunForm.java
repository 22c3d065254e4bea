package org.codesign.ui.runs;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.codesign.eval.CodesignMode;
import org.codesign.search.CrossoverKind;
import org.codesign.search.codesign.Algorithm;

/**
 * The form that starts a run: algorithm, mode, budget and the algorithm's settings. It only lays
 * out and binds {@link RunFormViewModel}, which holds the values, what applies and why Start is
 * disabled.
 */
public final class RunForm extends VBox {
    private final ChoiceBox<Algorithm> algorithm = new ChoiceBox<>();
    private final ChoiceBox<CodesignMode> mode = new ChoiceBox<>();
    private final Spinner<Integer> evaluations = new Spinner<>(10, 100_000_000, 2000, 500);
    private final Spinner<Integer> population = new Spinner<>(4, 100_000, 40, 10);
    private final ChoiceBox<CrossoverKind> crossover = new ChoiceBox<>();
    private final Spinner<Double> crossoverRate = new Spinner<>(0.0, 1.0, 0.9, 0.05);
    private final Spinner<Double> mutationRate = new Spinner<>(0.0, 1.0, 0.0, 0.01);
    private final Spinner<Integer> starts = new Spinner<>(1, 1000, 8, 1);
    private final TextField seed = new TextField();
    private final Spinner<Integer> threads = new Spinner<>(0, 256, 0, 1);
    private final Label problem = new Label();
    private final Button start = new Button("Start");
    private final Button startStepping = new Button("Start paused");

    RunForm(RunFormViewModel model) {
        setId("run-form");
        setSpacing(6);
        algorithm.getItems().addAll(RunFormViewModel.ALGORITHMS);
        algorithm.setConverter(labels(a -> a == null ? "" : a.displayName()));
        algorithm.setId("run-algorithm");
        mode.getItems().addAll(CodesignMode.values());
        mode.setConverter(labels(m -> m == null ? "" : m.label()));
        mode.setId("run-mode");
        crossover.getItems().addAll(RunFormViewModel.CROSSOVERS);
        crossover.setConverter(labels(RunFormViewModel::crossoverName));
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
        bind(model);

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
        start.setOnAction(e -> model.start(false));
        startStepping.setOnAction(e -> model.start(true));
        problem.setId("run-problem");
        problem.getStyleClass().add("validation-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        getChildren().addAll(grid, new HBox(8, start, startStepping), problem);
    }

    private void bind(RunFormViewModel model) {
        algorithm.valueProperty().bindBidirectional(model.algorithmProperty());
        mode.valueProperty().bindBidirectional(model.modeProperty());
        evaluations.getValueFactory().valueProperty().bindBidirectional(model.evaluationsProperty());
        seed.textProperty().bindBidirectional(model.seedProperty());
        population.getValueFactory().valueProperty().bindBidirectional(model.populationProperty());
        crossover.valueProperty().bindBidirectional(model.crossoverProperty());
        crossoverRate.getValueFactory().valueProperty().bindBidirectional(model.crossoverRateProperty());
        mutationRate.getValueFactory().valueProperty().bindBidirectional(model.mutationRateProperty());
        starts.getValueFactory().valueProperty().bindBidirectional(model.startsProperty());
        threads.getValueFactory().valueProperty().bindBidirectional(model.threadsProperty());
        population.disableProperty().bind(model.geneticSettingsApply().not());
        crossover.disableProperty().bind(population.disableProperty());
        crossoverRate.disableProperty().bind(population.disableProperty());
        mutationRate.disableProperty().bind(population.disableProperty());
        starts.disableProperty().bind(model.walkersApply().not());
        problem.textProperty().bind(model.problemProperty());
        start.disableProperty().bind(model.canStartProperty().not());
        startStepping.disableProperty().bind(start.disableProperty());
    }

    /** A one-way converter: the choice boxes are not editable, so text is never parsed back. */
    private static <T> StringConverter<T> labels(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
