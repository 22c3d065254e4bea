package org.codesign.study.quantity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.codesign.eval.Metric;
import org.codesign.eval.PeakRate;
import org.codesign.space.CodesignSpace;
import org.codesign.space.HardwareConfig;
import org.codesign.space.ParamValue;
import org.codesign.space.Parameter;
import org.codesign.space.ParameterSpec;
import org.codesign.space.TemplateSpace;
import org.codesign.space.ValueKind;
import org.codesign.study.RunPoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;

/**
 * The quantities of one study and how to read them off its stored points: every metric, every
 * parameter of its two spaces (genes decoded: a gene's value, or for named options its index
 * among them), and the derived {@code utilization}, {@code generation} and {@code run}.
 *
 * <pre>{@code
 * Quantities q = Quantities.of(study);
 * Quantity x = q.byId("resolution");                  // or "latencyMs", "utilization", "run" ...
 * double[] xs = q.column(x, 0);                       // run 0's points, shown values (px)
 * String title = x.title();                           // "resolution (px)"
 * }</pre>
 *
 * Reading is cheap (a table look-up for a gene, a cached peak rate for utilization), so a million
 * points take milliseconds and make no objects. Not thread-safe (the peak-rate cache): one reader
 * per thread.
 */
public final class Quantities {
    public static final String UTILIZATION = "utilization";
    public static final String GENERATION = "generation";
    public static final String RUN = "run";

    private static final Map<Metric, Quantity> METRICS = metricQuantities();
    private static final Map<String, Metric> METRIC_OF_ID =
            java.util.Arrays.stream(Metric.values()).collect(Collectors.toUnmodifiableMap(Metric::key, m -> m));

    private final CodesignSpace space;
    private final List<RunRecord> runs;
    private final Map<String, Quantity> byId = new LinkedHashMap<>();
    private final List<Quantity> listed = new ArrayList<>();
    /** Every parameter, in genome order (network genes first). */
    private final List<Quantity> parameters = new ArrayList<>();
    /** By parameter id: the gene's place in the joint genome and its values as numbers. */
    private final Map<String, Gene> genes = new HashMap<>();

    private final Utilization utilization;
    private final ToDoubleFunction<HardwareConfig> peak;

    private record Gene(int index, double[] values) {}

    private Quantities(
            CodesignSpace space, List<RunRecord> runs, List<String> runNames, ToDoubleFunction<HardwareConfig> peak) {
        this.peak = peak;
        this.space = space;
        this.runs = runs;
        for (Quantity q : METRICS.values()) {
            add(q, true);
        }
        List<Parameter> network = space.network().design().parameters();
        List<Parameter> hardware = space.hardware().design().parameters();
        java.util.Set<String> networkNames =
                network.stream().map(Parameter::name).collect(Collectors.toSet());
        for (int g = 0; g < network.size() + hardware.size(); g++) {
            boolean net = g < network.size();
            Parameter p = net ? network.get(g) : hardware.get(g - network.size());
            // a hardware parameter named like a network one is told apart by its side
            String id = !net && networkNames.contains(p.name()) ? "hardware." + p.name() : p.name();
            addParameter(id, p, g, net ? space.network() : space.hardware());
        }
        add(
                new Quantity(
                        UTILIZATION,
                        "utilization",
                        "%",
                        100,
                        Quantity.Kind.DERIVED,
                        false,
                        List.of(),
                        "compute utilization: MACs ÷ (latency × the hardware's peak MAC rate)"),
                true);
        add(
                new Quantity(
                        GENERATION,
                        "generation",
                        "",
                        1,
                        Quantity.Kind.DERIVED,
                        false,
                        List.of(),
                        "the search generation that found the point"),
                true);
        add(
                new Quantity(RUN, "run", "", 1, Quantity.Kind.DERIVED, true, runNames, "the run that found the point"),
                true);
        utilization = new Utilization(space, peak);
    }

    /**
     * The quantities of a study; the {@code run} categories are its runs' ids in order. An imported
     * Timeloop architecture's utilization is unknown here: {@link #of(Study, Path)} reads its files.
     */
    public static Quantities of(Study study) {
        return new Quantities(
                study.space(),
                study.runs(),
                study.runs().stream().map(RunRecord::id).toList(),
                PeakRate::macsPerSecond);
    }

    /** The quantities of a study whose imported Timeloop architecture lies in {@code studyFolder}. */
    public static Quantities of(Study study, Path studyFolder) {
        return new Quantities(
                study.space(),
                study.runs(),
                study.runs().stream().map(RunRecord::id).toList(),
                hw -> PeakRate.macsPerSecond(hw, studyFolder));
    }

    /** The same study's quantities with other run categories (a view that numbers its runs itself). */
    public Quantities withRuns(List<String> runNames) {
        return new Quantities(space, runs, runNames, peak);
    }

    /** The quantity of a metric: its label and unit, shown in MMACs for MACs and millions for parameters. */
    public static Quantity of(Metric m) {
        return METRICS.get(m);
    }

    private static Map<Metric, Quantity> metricQuantities() {
        Map<Metric, Quantity> m = new java.util.EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            String unit = metric.unit();
            double scale = 1;
            if (metric == Metric.MACS) {
                unit = "MMACs";
                scale = 1e-6;
            } else if (metric == Metric.PARAMS) {
                unit = "M";
                scale = 1e-6;
            }
            // the metric's own label ("top-1 accuracy", "energy per inference"); abbreviations where they are the name
            String label = metric == Metric.EDP ? "EDP" : metric == Metric.MACS ? "MACs" : metric.label();
            m.put(
                    metric,
                    new Quantity(
                            metric.key(), label, unit, scale, Quantity.Kind.METRIC, false, List.of(), metric.label()));
        }
        return Collections.unmodifiableMap(m);
    }

    private void addParameter(String id, Parameter p, int gene, TemplateSpace<?> side) {
        ParameterSpec spec = side.template().specs().stream()
                .filter(s -> s.name().equals(p.name()))
                .findFirst()
                .orElse(null);
        boolean options = p.values().stream().anyMatch(v -> v.kind() == ValueKind.OPTION);
        double[] numbers = new double[p.cardinality()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = options ? i : p.values().get(i).number();
        }
        List<String> categories =
                options ? p.values().stream().map(ParamValue::label).toList() : List.of();
        String unit = spec == null || options ? "" : spec.unit();
        String description = spec == null ? "" : spec.description();
        Quantity q = new Quantity(id, p.name(), unit, 1, Quantity.Kind.PARAMETER, options, categories, description);
        add(q, p.cardinality() > 1);
        parameters.add(q);
        genes.put(id, new Gene(gene, numbers));
    }

    private void add(Quantity q, boolean list) {
        byId.put(q.id(), q);
        if (list) {
            listed.add(q);
        }
    }

    /**
     * What can be plotted, in the order a chooser lists them: metrics, then the parameters that
     * vary (a parameter with one value is a constant), then utilization, generation and run.
     */
    public List<Quantity> all() {
        return List.copyOf(listed);
    }

    /** Every parameter of both spaces in genome order (gene g is element g), those with one value too. */
    public List<Quantity> parameters() {
        return List.copyOf(parameters);
    }

    /** The quantity with this id (parameters with one value too). */
    public Quantity byId(String id) {
        Quantity q = byId.get(id);
        if (q == null) {
            try {
                return of(Metric.byKey(id)); // also "latency", the metric's enum name
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("quantity: unknown '" + id + "' (one of "
                        + listed.stream().map(Quantity::id).collect(Collectors.joining(", ")) + ")");
            }
        }
        return q;
    }

    /**
     * The stored value of a point: row {@code row} of {@code points}, found by run number
     * {@code run} (the index into the {@code run} categories). NaN when the point has no value
     * (a metric the hardware could not give, a genome of another space).
     */
    public double raw(Quantity q, int run, RunPoints points, int row) {
        switch (q.kind()) {
            case METRIC:
                return points.metric(METRIC_OF_ID.get(q.id()), row);
            case PARAMETER:
                Gene g = genes.get(q.id());
                if (g == null || points.genomeLength(row) != space.genomeLength()) {
                    return Double.NaN;
                }
                int v = points.gene(row, g.index());
                return v < g.values().length ? g.values()[v] : Double.NaN;
            default:
                return switch (q.id()) {
                    case GENERATION -> points.generation(row);
                    case RUN -> run;
                    default -> utilization.of(points, row);
                };
        }
    }

    /** The shown value of a point (stored value × scale). */
    public double value(Quantity q, int run, RunPoints points, int row) {
        return q.display(raw(q, run, points, row));
    }

    /** Shown values of every point of the study's run {@code run}, in stored order. */
    public double[] column(Quantity q, int run) {
        RunPoints points = runs.get(run).columns();
        double[] out = new double[points.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = value(q, run, points, r);
        }
        return out;
    }

    /** MACs ÷ (latency × peak MAC rate), with the peak cached by hardware genes. */
    private static final class Utilization {
        private final CodesignSpace space;
        private final ToDoubleFunction<HardwareConfig> peakOf;
        private final int from;
        private final Map<List<Integer>, Double> peaks = new HashMap<>();
        private final int[] last;
        private double lastPeak = Double.NaN;

        Utilization(CodesignSpace space, ToDoubleFunction<HardwareConfig> peakOf) {
            this.space = space;
            this.peakOf = peakOf;
            this.from = space.network().design().genomeLength();
            this.last = new int[space.hardware().design().genomeLength()];
            java.util.Arrays.fill(last, -1);
        }

        double of(RunPoints points, int row) {
            double macs = points.metric(Metric.MACS, row);
            double ms = points.metric(Metric.LATENCY, row);
            if (!(ms > 0) || Double.isNaN(macs) || points.genomeLength(row) != space.genomeLength()) {
                return Double.NaN;
            }
            double peak = peak(points, row);
            return macs / (ms * 1e-3 * peak);
        }

        private double peak(RunPoints points, int row) {
            boolean same = true;
            for (int g = 0; g < last.length && same; g++) {
                same = points.gene(row, from + g) == last[g];
            }
            if (same) {
                return lastPeak; // consecutive points often share their hardware
            }
            List<Integer> key = new ArrayList<>(last.length);
            for (int g = 0; g < last.length; g++) {
                last[g] = points.gene(row, from + g);
                key.add(last[g]);
            }
            lastPeak = peaks.computeIfAbsent(key, k -> {
                try {
                    HardwareConfig h = space.hardware()
                            .decode(k.stream().mapToInt(Integer::intValue).toArray());
                    return peakOf.applyAsDouble(h);
                } catch (IllegalArgumentException e) {
                    return Double.NaN; // genes that decode to no valid hardware have no peak
                }
            });
            return lastPeak;
        }
    }
}
