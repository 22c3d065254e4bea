package org.codesign.study;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Constraint;
import org.codesign.eval.Extrapolation;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.space.HardwareConfig;
import org.codesign.space.NetworkConfig;
import org.codesign.space.SpaceTemplate;
import org.codesign.space.TemplateSpace;
import org.codesign.space.Templates;

/** The study file format ({@code *.codesign.json}), version {@value Study#FORMAT_VERSION}. */
public final class StudyJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StudyJson() {}

    public static ObjectNode write(Study s) {
        ObjectNode out = NODES.objectNode();
        out.put("formatVersion", Study.FORMAT_VERSION);
        out.put("name", s.name());
        out.put("description", s.description());
        out.set("networkSpace", SpaceJson.write(s.networkSpace()));
        out.set("hardwareSpace", SpaceJson.write(s.hardwareSpace()));
        ArrayNode objectives = out.putArray("objectives");
        for (Objective o : s.objectives()) {
            objectives
                    .addObject()
                    .put("metric", o.metric().key())
                    .put("direction", o.direction())
                    .put("ideal", o.ideal())
                    .put("reference", o.reference());
        }
        ArrayNode constraints = out.putArray("constraints");
        for (Constraint c : s.constraints()) {
            ObjectNode node = constraints.addObject().put("metric", c.metric().key());
            if (!Double.isNaN(c.min())) {
                node.put("min", c.min());
            }
            if (!Double.isNaN(c.max())) {
                node.put("max", c.max());
            }
        }
        ObjectNode model = out.putObject("model")
                .put("accuracyModel", s.model().accuracyModel())
                .put("mapperObjective", s.model().mapperObjective());
        if (s.model().extrapolation() != Extrapolation.DEFAULT) { // files without it read as the default
            model.put("extrapolation", s.model().extrapolation().key());
        }
        if (s.fixedNetwork() != null) {
            out.set("fixedNetwork", ConfigJson.toJson(s.fixedNetwork()));
        }
        if (s.fixedHardware() != null) {
            out.set("fixedHardware", ConfigJson.toJson(s.fixedHardware()));
        }
        ArrayNode runs = out.putArray("runs");
        s.runs().forEach(r -> runs.add(write(r)));
        return out;
    }

    private static ObjectNode write(RunRecord r) {
        ObjectNode out = NODES.objectNode();
        out.put("id", r.id())
                .put("name", r.name())
                .put("algorithm", r.algorithm())
                .put("mode", r.mode().label())
                .put("seed", r.seed())
                .put("threads", r.threads())
                .put("budget", r.budget());
        ObjectNode settings = out.putObject("settings");
        r.settings().forEach((k, v) -> {
            if (v instanceof Long l) {
                settings.put(k, l);
            } else if (v instanceof Double d) {
                settings.put(k, d);
            } else if (v instanceof Boolean b) {
                settings.put(k, b);
            } else {
                settings.put(k, (String) v);
            }
        });
        out.put("status", r.status().label());
        if (r.startedAt() != null) {
            out.put("startedAt", r.startedAt());
        }
        out.put("elapsedMs", r.elapsedMs());
        ArrayNode hv = out.putArray("hypervolume");
        r.hypervolume().forEach(p -> hv.addArray().add(p[0]).add(p[1]));
        ArrayNode points = out.putArray("points");
        RunPoints columns = r.columns();
        for (int p = 0; p < columns.size(); p++) {
            ObjectNode node =
                    points.addObject().put("index", columns.index(p)).put("generation", columns.generation(p));
            ArrayNode genome = node.putArray("genome");
            for (int g = 0; g < columns.genomeLength(p); g++) {
                genome.add(columns.gene(p, g));
            }
            ObjectNode metrics = node.putObject("metrics");
            for (Metric m : Metric.values()) {
                double v = columns.metric(m, p);
                if (!Double.isNaN(v)) {
                    metrics.put(m.key(), v);
                }
            }
            node.put("violation", columns.violation(p));
            if (columns.infeasibleReason(p) != null) {
                node.put("infeasible", columns.infeasibleReason(p));
            }
        }
        return out;
    }

    public static Study read(JsonIn in) throws StudyFormatException {
        in.object();
        JsonIn version = in.field("formatVersion");
        int v = version.integer();
        if (v > Study.FORMAT_VERSION) {
            throw version.error("the file was written by a newer Co-Design Explorer (format version " + v
                    + "); this version reads format " + Study.FORMAT_VERSION + " and older. Update the application.");
        }
        if (v < 1) {
            throw version.error("format version " + v + " does not exist (the first is 1)");
        }
        in.only(
                "formatVersion",
                "name",
                "description",
                "networkSpace",
                "hardwareSpace",
                "objectives",
                "constraints",
                "model",
                "fixedNetwork",
                "fixedHardware",
                "runs");
        String name = in.field("name").text();
        String description =
                in.optional("description").isPresent() ? in.field("description").text() : "";
        TemplateSpace<NetworkConfig> network = space(in.field("networkSpace"), true);
        TemplateSpace<HardwareConfig> hardware = space(in.field("hardwareSpace"), false);
        List<Objective> objectives = in.field("objectives").list(StudyJson::objective);
        List<Constraint> constraints = in.optional("constraints").isPresent()
                ? in.field("constraints").list(StudyJson::constraint)
                : List.of();
        ModelSettings model = in.optional("model").isPresent() ? model(in.field("model")) : ModelSettings.DEFAULTS;
        NetworkConfig fixedNetwork = in.has("fixedNetwork") ? ConfigJson.readNetwork(in.field("fixedNetwork")) : null;
        HardwareConfig fixedHardware =
                in.has("fixedHardware") ? ConfigJson.readHardware(in.field("fixedHardware")) : null;
        sameTemplate(in, "fixedNetwork", fixedNetwork == null ? null : fixedNetwork.template(), network);
        sameTemplate(in, "fixedHardware", fixedHardware == null ? null : fixedHardware.template(), hardware);
        int genomeLength = network.design().genomeLength() + hardware.design().genomeLength();
        List<RunRecord> runs = new ArrayList<>();
        if (in.has("runs")) {
            for (JsonIn r : in.field("runs").elements()) {
                runs.add(run(r, genomeLength));
            }
        }
        Study study = in.build(x -> new Study(
                name,
                description,
                network,
                hardware,
                objectives,
                constraints,
                model,
                fixedNetwork,
                fixedHardware,
                runs));
        StoredPoints.check(in.file(), study);
        return study;
    }

    /** A fixed side must be a configuration of its space's template, or the modes would mix two kinds. */
    private static void sameTemplate(JsonIn in, String key, String fixed, TemplateSpace<?> space)
            throws StudyFormatException {
        if (fixed != null && !fixed.equals(space.template().name())) {
            throw in.field(key)
                    .field("template")
                    .error("'" + fixed + "' does not match the template of the space ("
                            + space.template().name() + ")");
        }
    }

    /**
     * Accuracy is a percentage, every other metric a non-negative quantity; a bound beyond
     * {@value StoredPoints#LARGEST} is a typo that would also break the hypervolume's normalization.
     */
    private static double metricValue(JsonIn in, Metric metric) throws StudyFormatException {
        double v = in.number();
        StoredPoints.checkMetric(in.file(), in.path(), metric, v);
        return v;
    }

    @SuppressWarnings("unchecked")
    private static <C> TemplateSpace<C> space(JsonIn in, boolean networkSide) throws StudyFormatException {
        JsonIn template = in.field("template");
        SpaceTemplate<?> t = networkSide ? template.parse(Templates::network) : template.parse(Templates::hardware);
        return SpaceJson.read(in, (SpaceTemplate<C>) t);
    }

    private static Objective objective(JsonIn in) throws StudyFormatException {
        in.only("metric", "direction", "ideal", "reference");
        Metric metric = metric(in.field("metric"));
        JsonIn direction = in.field("direction");
        boolean maximize = switch (direction.text()) {
            case "maximize" -> true;
            case "minimize" -> false;
            default -> throw direction.error("expected \"maximize\" or \"minimize\"");
        };
        double ideal = metricValue(in.field("ideal"), metric);
        double reference = metricValue(in.field("reference"), metric);
        return in.build(x -> new Objective(metric, maximize, ideal, reference));
    }

    private static Constraint constraint(JsonIn in) throws StudyFormatException {
        in.only("metric", "min", "max");
        Metric metric = metric(in.field("metric"));
        double min = in.has("min") ? metricValue(in.field("min"), metric) : Double.NaN;
        double max = in.has("max") ? metricValue(in.field("max"), metric) : Double.NaN;
        return in.build(x -> new Constraint(metric, min, max));
    }

    private static ModelSettings model(JsonIn in) throws StudyFormatException {
        in.only("accuracyModel", "mapperObjective", "extrapolation");
        String accuracy = in.field("accuracyModel").text();
        String mapper = in.field("mapperObjective").text();
        Extrapolation extrapolation =
                in.has("extrapolation") ? in.field("extrapolation").parse(Extrapolation::parse) : Extrapolation.DEFAULT;
        return in.build(x -> new ModelSettings(accuracy, mapper, extrapolation));
    }

    private static Metric metric(JsonIn in) throws StudyFormatException {
        return in.parse(Metric::byKey);
    }

    private static RunRecord run(JsonIn in, int genomeLength) throws StudyFormatException {
        in.only(
                "id",
                "name",
                "algorithm",
                "mode",
                "seed",
                "threads",
                "budget",
                "settings",
                "status",
                "startedAt",
                "elapsedMs",
                "hypervolume",
                "points");
        String id = in.field("id").text();
        String name = in.has("name") ? in.field("name").text() : id;
        String algorithm = in.field("algorithm").text();
        CodesignMode mode = in.field("mode").parse(CodesignMode::parse);
        long seed = in.field("seed").whole();
        int threads = in.has("threads") ? in.field("threads").integer() : 0;
        long budget = in.field("budget").whole();
        Map<String, Object> settings = in.has("settings") ? settings(in.field("settings")) : Map.of();
        RunRecord.Status status = in.field("status").parse(RunRecord.Status::parse);
        String startedAt = in.has("startedAt") ? in.field("startedAt").text() : null;
        long elapsed = in.has("elapsedMs") ? in.field("elapsedMs").whole() : 0;
        List<double[]> hv = new ArrayList<>();
        if (in.has("hypervolume")) {
            for (JsonIn pair : in.field("hypervolume").elements()) {
                List<JsonIn> xs = pair.elements();
                if (xs.size() != 2) {
                    throw pair.error("expected [evaluations, hypervolume]");
                }
                hv.add(new double[] {xs.get(0).number(), xs.get(1).number()});
            }
        }
        RunPoints.Builder points = RunPoints.builder();
        if (in.has("points")) {
            for (JsonIn p : in.field("points").elements()) {
                point(p, genomeLength, points);
            }
        }
        RunPoints columns = points.build();
        return in.build(x -> new RunRecord(
                id, name, algorithm, mode, seed, threads, budget, settings, status, startedAt, elapsed, hv, columns));
    }

    private static Map<String, Object> settings(JsonIn in) throws StudyFormatException {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String key : in.keys()) {
            JsonIn v = in.field(key);
            var node = v.node();
            if (node.isTextual()) {
                map.put(key, node.textValue());
            } else if (node.isBoolean()) {
                map.put(key, node.booleanValue());
            } else if (node.isIntegralNumber()) {
                map.put(key, v.whole());
            } else if (node.isNumber()) {
                map.put(key, v.number());
            } else {
                throw v.error("expected a string, number or boolean, found " + JsonIn.describe(node));
            }
        }
        return map;
    }

    /** Appends one point to the run's columns (no point object is kept). */
    private static void point(JsonIn in, int genomeLength, RunPoints.Builder into) throws StudyFormatException {
        in.only("index", "generation", "genome", "metrics", "violation", "infeasible");
        long index = in.field("index").whole();
        int generation = in.field("generation").integer();
        JsonIn genomeIn = in.field("genome");
        List<Integer> genes = genomeIn.intList();
        if (genes.size() != genomeLength) {
            throw genomeIn.error("expected " + genomeLength + " genes (the spaces' parameters), found " + genes.size());
        }
        int[] genome = genes.stream().mapToInt(Integer::intValue).toArray();
        double[] metrics = new double[Metric.values().length];
        java.util.Arrays.fill(metrics, Double.NaN);
        JsonIn metricsIn = in.field("metrics");
        for (String key : metricsIn.keys()) {
            JsonIn m = metricsIn.field(key);
            Metric metric;
            try {
                metric = Metric.byKey(key);
            } catch (IllegalArgumentException e) {
                throw m.error(
                        "unknown metric (one of accuracy, latencyMs, powerW, energyMJ, edp, areaMm2, macs, params)");
            }
            metrics[metric.ordinal()] = m.number();
        }
        double violation = in.has("violation") ? in.field("violation").number() : 0.0;
        String infeasible = in.has("infeasible") ? in.field("infeasible").text() : null;
        in.build(x -> into.add(index, generation, genome, genome.length, metrics, violation, infeasible));
    }
}
