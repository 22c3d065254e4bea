package org.codesign.figure;

import java.util.List;
import org.codesign.eval.Metric;
import org.codesign.study.RunPoints;

/** A value of a study's stored points that a figure can place on an axis or a colour ramp. */
interface StudyQuantity {
    String label();

    String unit();

    /** The value of row {@code row} of run number {@code run}, NaN when it has none. */
    double value(int run, RunPoints points, int row);

    default FigureAxis axis(boolean log) {
        return new FigureAxis(label(), unit(), log, List.of());
    }

    /** A metric, by its key ({@code latencyMs}) or its name ({@code latency}); else the generation. */
    static StudyQuantity byId(String id, String option) {
        if ("generation".equals(id)) {
            return new StudyQuantity() {
                public String label() {
                    return "generation";
                }

                public String unit() {
                    return "";
                }

                public double value(int run, RunPoints points, int row) {
                    return points.generation(row);
                }
            };
        }
        Metric m;
        try {
            m = Metric.byKey(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": unknown quantity '" + id + "' (generation or a metric: "
                    + String.join(
                            ", ",
                            java.util.Arrays.stream(Metric.values())
                                    .map(Metric::key)
                                    .toList()) + ")");
        }
        return new StudyQuantity() {
            public String label() {
                return m.label();
            }

            public String unit() {
                return m.unit();
            }

            public double value(int run, RunPoints points, int row) {
                return points.metric(m, row);
            }
        };
    }
}
