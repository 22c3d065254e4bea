package org.codesign.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.codesign.cost.OfaSubnets;
import org.codesign.cost.arch.AcceleratorDesign;
import org.codesign.cost.arch.ArchitectureTemplates;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.mapper.Mapper;
import org.codesign.cost.mapper.Objective;
import org.codesign.space.Dataflow;
import org.codesign.space.DramType;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.workload.Layer;

/**
 * A companion to {@link CostModelBench} for a shared machine: the CPU time of this thread (which
 * other processes do not inflate the way they inflate wall-clock time) to map every distinct layer
 * shape of the OFA flops-389M subnet from a cold cache, after JIT warm-up, for each dataflow.
 *
 * <p>Run: {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.codesign.bench.CostModelCpuTime}
 */
public final class CostModelCpuTime {
    private CostModelCpuTime() {}

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (Dataflow df : Dataflow.values()) {
            AcceleratorDesign d = ArchitectureTemplates.build(new SpatialAcceleratorConfig(df, 12, 14, 384, 24, 16, 128,
                    DramType.LPDDR4, 1000, 45, 8));
            List<ConvProblem> shapes = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Layer l : OfaSubnets.flops389M().layers()) {
                ConvProblem p = ConvProblem.of(l);
                if (seen.add(p.shapeKey())) {
                    shapes.add(p);
                }
            }
            double best = Double.MAX_VALUE;
            long evaluations = 0;
            for (int rep = 0; rep < 60; rep++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long e = 0;
                for (ConvProblem p : shapes) {
                    e += Mapper.search(p, d.architecture(), d.constraints(), Objective.EDP, Mapper.DEFAULT_BUDGET)
                            .evaluations();
                }
                long c1 = mx.getCurrentThreadCpuTime();
                if (rep >= 20) {
                    best = Math.min(best, (c1 - c0) / 1e6);
                }
                evaluations = e;
            }
            System.out.printf("%-18s %d distinct layers, %d mappings evaluated: %.1f ms CPU (best of 40 after warm-up)%n",
                    df, shapes.size(), evaluations, best);
        }
    }
}
