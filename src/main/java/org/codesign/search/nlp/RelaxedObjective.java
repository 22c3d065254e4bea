package org.codesign.search.nlp;

import org.codesign.cost.relax.RelaxedModel;
import org.codesign.eval.Metric;

/** The relaxed metrics the co-optimizer can minimize or bound: latency, power, energy, area. */
public enum RelaxedObjective {
    LATENCY(Metric.LATENCY),
    POWER(Metric.POWER),
    ENERGY(Metric.ENERGY),
    AREA(Metric.AREA);

    final Metric metric;

    RelaxedObjective(Metric metric) {
        this.metric = metric;
    }

    public static RelaxedObjective of(Metric m) {
        for (RelaxedObjective o : values()) {
            if (o.metric == m) {
                return o;
            }
        }
        throw new IllegalArgumentException("objectives: the analytical co-optimizer minimizes latency, power, "
                + "energy and area, not " + m.key());
    }

    public <T> T of(RelaxedModel.Metrics<T> m) {
        return switch (this) {
            case LATENCY -> m.latencyMs();
            case POWER -> m.powerW();
            case ENERGY -> m.energyMJ();
            case AREA -> m.areaMm2();
        };
    }
}
