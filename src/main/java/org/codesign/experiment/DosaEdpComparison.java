package org.codesign.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.codesign.study.Study;
import org.codesign.study.StudyFormatException;
import org.codesign.workload.NetworkBuilder;

/**
 * The DOSA-style table of the accelerator-dataflow report (issue 18): per fixed network and
 * seed, the best EDP of {@code nlp-local} ({@link NlpEdpRun}) against random search over hardware
 * and mappings ({@link RandomDesignSearch}) given exactly the model evaluations nlp-local spent.
 * DOSA (Hong et al., MICRO 2023, abstract and Sec. 6) reports 2.80× better EDP than random search
 * at a similar number of samples.
 */
final class DosaEdpComparison {
    /** DOSA's EDP improvement over random search (Hong et al., MICRO 2023, abstract). */
    static final double DOSA_RATIO = 2.80;
    /** The sample whose fixed network is the mbv3-ofa default network. */
    static final String DEFAULT_SAMPLE = "default.codesign.json";

    static final String RESNET = "ResNet-18";
    static final String MBV3 = "mbv3-ofa default";

    private DosaEdpComparison() {}

    /** One seed on one network: both sides and the ratio (random's best EDP ÷ ours, above 1 favours ours). */
    record Pair(long seed, NlpEdpRun.Result ours, RandomDesignSearch.Result random) {
        double ratio() {
            return random.bestEdp() / ours.bestEdp();
        }
    }

    record Row(String network, Study study, List<Pair> pairs) {
        Summary summary(ToDoubleFunction<Pair> f) {
            return Summary.of(pairs.stream().mapToDouble(f).toArray());
        }
    }

    /**
     * The two fixed networks on the accelerator-dataflow hardware space: the sample's ResNet-18,
     * and the default sample's fixed mbv3-ofa network (its network space, the same hardware space).
     */
    static Map<String, Study> studies(Study acceleratorDataflow) {
        Study defaults;
        try {
            defaults = SampleSource.bundled().load(DEFAULT_SAMPLE);
        } catch (StudyFormatException e) {
            throw new IllegalStateException("the bundled " + DEFAULT_SAMPLE + " does not load: " + e.getMessage(), e);
        }
        Map<String, Study> out = new LinkedHashMap<>();
        out.put(RESNET, acceleratorDataflow);
        out.put(
                MBV3,
                acceleratorDataflow
                        .withSpaces(defaults.networkSpace(), acceleratorDataflow.hardwareSpace())
                        .withFixed(defaults.fixedNetwork(), acceleratorDataflow.fixedHardware()));
        return out;
    }

    /** Both sides per network and seed: nlp-local with {@code designs} evaluations, random with what it spent. */
    static List<Row> compare(
            Map<String, Study> studies, List<Long> seeds, int designs, int threads, Consumer<String> log) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Study> e : studies.entrySet()) {
            Study study = e.getValue();
            List<Pair> pairs = new ArrayList<>();
            for (long seed : seeds) {
                NlpEdpRun.Result ours = NlpEdpRun.run(study, designs, seed, threads);
                RandomDesignSearch.Result random = RandomDesignSearch.run(
                        NetworkBuilder.build(study.fixedNetwork()),
                        study.hardwareSpace(),
                        ours.modelEvaluations(),
                        seed);
                Pair pair = new Pair(seed, ours, random);
                pairs.add(pair);
                log.accept(String.format(
                        Locale.ROOT,
                        "DOSA-style, %s, seed %d: nlp-local EDP %.4g with %d model evaluations (%.1f s), "
                                + "random %.4g with %d (%.1f s): %.2f×",
                        e.getKey(),
                        seed,
                        ours.bestEdp(),
                        ours.modelEvaluations(),
                        ours.elapsedMs() / 1000.0,
                        random.bestEdp(),
                        random.evaluations(),
                        random.elapsedMs() / 1000.0,
                        pair.ratio()));
            }
            rows.add(new Row(e.getKey(), study, pairs));
        }
        return rows;
    }

    /** The section: setup, the table, the comparison with DOSA's 2.80× and why. */
    static void write(Markdown md, List<Row> rows, int designs) {
        md.h2("Best EDP against random hardware-and-mapping search (DOSA style)");
        md.p("DOSA (Hong et al., MICRO 2023) reports that its one-loop gradient search finds designs with "
                + Fmt.times(DOSA_RATIO, 2) + " better energy-delay product (EDP) than random search over hardware "
                + "and mappings at a similar number of samples. Here: per fixed network and seed, `nlp-local` "
                + "(relax, solve, round, refine; latency and energy as its objectives, their product the EDP) "
                + "gets " + designs + " evaluations of the discrete model, and its best EDP is compared with the "
                + "best of random samples — a uniformly random configuration of the hardware space and one random "
                + "legal mapping per distinct layer shape (each loop bound factorised uniformly over the memory "
                + "levels and the dataflow's fan-out axes, random loop orders, redrawn until it fits; not our "
                + "mapper) — given exactly as many **model evaluations** as nlp-local spent.");
        md.p("*Model evaluation*: the cost of one network for one hardware configuration and one mapping of every "
                + "distinct layer shape. A random sample is one; one evaluation of the relaxed model (a value or an "
                + "exact gradient) is one; the mapper's analyses of single-layer mappings count as whole networks "
                + "(analyses ÷ distinct shapes). Hardware that cannot be built and samples with a layer that no "
                + "bounded run of draws fitted are redrawn without being counted, in random search's favour. EDP "
                + "in mJ·ms, both sides summed over the layers the same way.");
        List<List<String>> table = new ArrayList<>();
        for (Row r : rows) {
            table.add(List.of(
                    r.network(),
                    r.summary(p -> p.ours().bestEdp()).meanSd(3),
                    r.summary(p -> p.random().bestEdp()).meanSd(3),
                    r.summary(Pair::ratio).meanSdRange(2) + "×",
                    r.summary(p -> p.ours().modelEvaluations()).meanSd(0) + " ("
                            + r.summary(p -> p.ours().relaxedEvaluations()).meanSd(0) + " relaxed + "
                            + r.summary(p -> p.ours().mappingEvaluations()).meanSd(0) + " mapping)",
                    r.summary(p -> p.random().redrawn()).meanSd(0),
                    r.summary(p -> p.ours().elapsedMs() / 1000.0).meanSd(1) + " s / "
                            + r.summary(p -> p.random().elapsedMs() / 1000.0).meanSd(1) + " s"));
        }
        md.table(
                List.of(
                        "fixed network",
                        "nlp-local best EDP (mJ·ms)",
                        "random best EDP (mJ·ms)",
                        "EDP ratio random ÷ nlp-local",
                        "model evaluations, each side",
                        "random redraws (not counted)",
                        "time, nlp-local / random"),
                table);
        md.p(verdictText(rows));
    }

    /** The headline line of the claims table. */
    static ReportBody.Claim claim(List<Row> rows) {
        List<String> ours = new ArrayList<>();
        for (Row r : rows) {
            ours.add(r.network() + " " + r.summary(Pair::ratio).meanSd(2) + "×");
        }
        return new ReportBody.Claim(
                "best EDP vs. random hardware-and-mapping search at equal model evaluations (DOSA, MICRO 2023)",
                Fmt.times(DOSA_RATIO, 2) + " better; target here: ≥ " + Fmt.times(DOSA_RATIO, 2) + " on both networks",
                String.join(", ", ours),
                verdict(rows));
    }

    static String verdict(List<Row> rows) {
        double worst = rows.stream()
                .mapToDouble(r -> r.summary(Pair::ratio).mean())
                .min()
                .orElse(Double.NaN);
        if (Double.isNaN(worst)) {
            return "not measurable";
        }
        if (worst >= DOSA_RATIO) {
            return "agrees: target met on both networks";
        }
        return worst > 1 ? "same direction, target missed" : "disagrees: target missed";
    }

    private static String verdictText(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            Summary ratio = r.summary(Pair::ratio);
            double mean = ratio.mean();
            sb.append(r.network())
                    .append(": ")
                    .append(Fmt.times(mean, 2))
                    .append(
                            mean >= DOSA_RATIO
                                    ? " — meets the target (DOSA: " + Fmt.times(DOSA_RATIO, 2) + "), "
                                            + Fmt.times(mean / DOSA_RATIO, 2) + " DOSA's ratio"
                                    : " — misses the target (DOSA: " + Fmt.times(DOSA_RATIO, 2) + ") by "
                                            + Fmt.times(DOSA_RATIO / mean, 2))
                    .append(", the lowest seed ")
                    .append(Fmt.times(ratio.min(), 2))
                    .append(". ");
        }
        sb.append("Why the ratio is what it is: a uniformly random legal mapping seldom fills the PE array or keeps "
                + "data in the inner buffers (registers of a few words accept only small tiles), so random search's best "
                + "EDP stays far above that of any design whose layers are mapped by a search; a random baseline is "
                + "only as strong as its mapspace, and DOSA's (Timeloop's random mapper under its architectures' "
                + "constraints) may prune more than ours. Most of nlp-local's advantage here is its mapper's, not "
                + "the relaxation's (see random hardware with our mapper below). The comparison counts model "
                + "evaluations, not time: a mapper analysis or a relaxed gradient costs more than a random sample.");
        return sb.toString();
    }
}
