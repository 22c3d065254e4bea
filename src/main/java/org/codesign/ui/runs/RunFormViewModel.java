package org.codesign.ui.runs;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Evaluator;
import org.codesign.search.CrossoverKind;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyRuns;
import org.codesign.ui.study.StudyDocument;

/**
 * The new-run form's state and rules: the algorithm and its settings with defaults that work,
 * which settings apply to the chosen algorithm, why a run cannot start, and the request Start
 * sends. The ui's only use of the engine's request type is here, so changing that type is one edit.
 */
public final class RunFormViewModel {
    /** A run as the form asks for it, ready to start; the engine's request type stays in this class. */
    public record Request(RunSpec spec) {
        /** @throws IllegalArgumentException naming the field when the study cannot be searched this way */
        CodesignRun newRun(Study study, Evaluator evaluator) {
            return StudyRuns.newRun(study, spec, evaluator);
        }

        /** The run as the study stores it when it starts (no points yet). */
        RunRecord record(String id, String startedAt) {
            return StudyRuns.record(id, defaultName(spec), spec, startedAt);
        }
    }

    public static final List<Algorithm> ALGORITHMS = List.of(Algorithm.values());
    public static final List<CrossoverKind> CROSSOVERS = List.of(CrossoverKind.TWO_POINT, CrossoverKind.UNIFORM);

    private final StudyDocument document;
    private final BiConsumer<Request, Boolean> onStart;
    private final ObjectProperty<Algorithm> algorithm =
            new SimpleObjectProperty<>(this, "algorithm", RunSpec.DEFAULTS.algorithm());
    private final ObjectProperty<CodesignMode> mode = new SimpleObjectProperty<>(this, "mode", RunSpec.DEFAULTS.mode());
    private final ObjectProperty<Integer> evaluations =
            new SimpleObjectProperty<>(this, "evaluations", RunSpec.DEFAULTS.budget());
    private final StringProperty seed = new SimpleStringProperty(this, "seed", Long.toString(RunSpec.DEFAULTS.seed()));
    private final ObjectProperty<Integer> population =
            new SimpleObjectProperty<>(this, "population", RunSpec.DEFAULTS.population());
    private final ObjectProperty<CrossoverKind> crossover =
            new SimpleObjectProperty<>(this, "crossover", RunSpec.DEFAULTS.crossover());
    private final ObjectProperty<Double> crossoverRate =
            new SimpleObjectProperty<>(this, "crossoverRate", RunSpec.DEFAULTS.crossoverRate());
    private final ObjectProperty<Double> mutationRate =
            new SimpleObjectProperty<>(this, "mutationRate", RunSpec.DEFAULTS.mutationRate());
    private final ObjectProperty<Integer> starts =
            new SimpleObjectProperty<>(this, "starts", RunSpec.DEFAULTS.starts());
    private final ObjectProperty<Integer> threads =
            new SimpleObjectProperty<>(this, "threads", RunSpec.DEFAULTS.threads());
    private final BooleanBinding geneticSettingsApply =
            Bindings.createBooleanBinding(() -> algorithm.get() == Algorithm.NSGA2, algorithm);
    private final BooleanBinding walkersApply = Bindings.createBooleanBinding(
            () -> algorithm.get() != null && algorithm.get().usesWalkers(), algorithm);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(this, "canStart");

    /**
     * @param onStart receives the request and whether to start paused (stepping)
     */
    public RunFormViewModel(StudyDocument document, BiConsumer<Request, Boolean> onStart) {
        this.document = document;
        this.onStart = onStart;
        document.studyProperty().addListener((o, a, b) -> check());
        document.invalidEdits().addListener((javafx.collections.MapChangeListener<String, String>) c -> check());
        mode.addListener((o, a, b) -> check());
        check();
    }

    public ObjectProperty<Algorithm> algorithmProperty() {
        return algorithm;
    }

    public ObjectProperty<CodesignMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Integer> evaluationsProperty() {
        return evaluations;
    }

    /** Text, so that a typo can be explained rather than silently replaced. */
    public StringProperty seedProperty() {
        return seed;
    }

    public ObjectProperty<Integer> populationProperty() {
        return population;
    }

    public ObjectProperty<CrossoverKind> crossoverProperty() {
        return crossover;
    }

    public ObjectProperty<Double> crossoverRateProperty() {
        return crossoverRate;
    }

    public ObjectProperty<Double> mutationRateProperty() {
        return mutationRate;
    }

    public ObjectProperty<Integer> startsProperty() {
        return starts;
    }

    public ObjectProperty<Integer> threadsProperty() {
        return threads;
    }

    /** Population, crossover and mutation: only NSGA-II breeds. */
    public BooleanBinding geneticSettingsApply() {
        return geneticSettingsApply;
    }

    /** Walkers: only the local searches have them. */
    public BooleanBinding walkersApply() {
        return walkersApply;
    }

    /** Why the last Start failed or why a run cannot start now; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    /** "NSGA-II" for a run stored as "nsga2": how the run cards name an algorithm (unknown labels as stored). */
    public static String algorithmName(String label) {
        for (Algorithm a : Algorithm.values()) {
            if (a.label().equals(label)) {
                return a.displayName();
            }
        }
        return label == null ? "" : label;
    }

    public static String crossoverName(CrossoverKind kind) {
        return kind == null ? "" : RunSpec.crossoverLabel(kind);
    }

    /** Why a run of {@code mode} cannot start on {@code study}, or null. */
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

    private void check() {
        String why = document.invalidEdits().isEmpty()
                ? whyNot(document.study(), mode.get())
                : "Fix the "
                        + String.join(
                                " and ",
                                new java.util.TreeSet<>(document.invalidEdits().keySet())) + " first: "
                        + String.join("; ", document.invalidEdits().values());
        problem.set(why == null ? "" : why);
        canStart.set(why == null);
    }

    /**
     * Sends the form's request to be started and moves the seed on, so that the next Start is
     * another sample; a setting out of range is explained instead.
     */
    public void start(boolean paused) {
        try {
            long s;
            try {
                s = Long.parseLong(seed.get().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("seed: '" + seed.get().trim() + "' is not a whole number");
            }
            RunSpec request = new RunSpec(
                    algorithm.get(),
                    mode.get(),
                    evaluations.get(),
                    s,
                    threads.get(),
                    population.get(),
                    crossover.get(),
                    crossoverRate.get(),
                    mutationRate.get(),
                    starts.get());
            problem.set("");
            onStart.accept(new Request(request), paused);
            seed.set(Long.toString(s + 1));
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
    }

    /** The name a new run gets: "NSGA-II · joint · seed 3". */
    static String defaultName(RunSpec r) {
        return r.algorithm().displayName() + " · " + r.mode().label() + " · seed " + r.seed();
    }

    /** A stored run again, with a seed no run of the study has used yet. */
    static Request duplicate(Study study, RunRecord run) {
        long seed = study.runs().stream().mapToLong(RunRecord::seed).max().orElse(0) + 1;
        return new Request(StudyRuns.request(run).withSeed(seed));
    }
}
