package org.codesign.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.codesign.cost.arch.AcceleratorDesign;
import org.codesign.cost.arch.ArchitectureTemplates;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.mapper.MapResult;
import org.codesign.cost.mapper.Mapper;
import org.codesign.cost.mapper.MappingObjective;
import org.codesign.workload.Layer;
import org.codesign.workload.Network;

/**
 * A companion to {@link CostModelBench} for a shared machine: the CPU time of this thread (which
 * other processes do not inflate the way they inflate wall-clock time) to map every distinct layer
 * shape of a network from a cold cache, after JIT warm-up, for each design of
 * {@link CostModelWorkloads}. Also prints the network's energy, cycles and EDP under the chosen
 * mappings (to check that speed-ups do not cost mapping quality) and, with {@code --layers FILE},
 * writes every layer's EDP to a TSV file.
 *
 * <p>Run: {@code mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.codesign.bench.CostModelCpuTime
 * -Dbench.args="[--passes N] [--networks a,b] [--designs X,Y] [--layers FILE]"}
 */
public final class CostModelCpuTime {
    private CostModelCpuTime() {}

    public static void main(String[] args) throws IOException {
        int passes = 15;
        List<String> networks = CostModelWorkloads.NETWORKS;
        List<String> designs = CostModelWorkloads.DESIGNS;
        Path layersOut = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--networks" -> networks = Arrays.asList(args[++i].split(","));
                case "--designs" -> designs = Arrays.asList(args[++i].split(","));
                case "--layers" -> layersOut = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("args: unknown option '" + args[i] + "'");
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        PrintWriter tsv = layersOut == null ? null : new PrintWriter(Files.newBufferedWriter(layersOut));
        System.out.printf(
                "%-10s %-18s %6s %8s %10s %10s %10s %10s %12s %12s %14s%n",
                "network",
                "design",
                "shapes",
                "evals",
                "cpu best",
                "cpu median",
                "layer med",
                "layer max",
                "energy uJ",
                "Mcycles",
                "EDP uJ*Mcyc");
        for (String net : networks) {
            Network network = CostModelWorkloads.network(net);
            List<ConvProblem> shapes = CostModelWorkloads.distinctShapes(network);
            for (String designName : designs) {
                AcceleratorDesign d = ArchitectureTemplates.build(CostModelWorkloads.hardware(designName))
                        .orElseThrow();
                int n = shapes.size();
                long[] bestLayer = new long[n];
                Arrays.fill(bestLayer, Long.MAX_VALUE);
                double[] totals = new double[passes];
                MapResult[] results = new MapResult[n];
                int warmup = Math.max(3, passes / 2);
                for (int rep = 0; rep < warmup + passes; rep++) {
                    long start = mx.getCurrentThreadCpuTime();
                    for (int i = 0; i < n; i++) {
                        long c0 = mx.getCurrentThreadCpuTime();
                        results[i] = Mapper.search(
                                        shapes.get(i),
                                        d.architecture(),
                                        d.constraints(),
                                        MappingObjective.EDP,
                                        Mapper.DEFAULT_BUDGET)
                                .orElseThrow();
                        long c1 = mx.getCurrentThreadCpuTime();
                        if (rep >= warmup) {
                            bestLayer[i] = Math.min(bestLayer[i], c1 - c0);
                        }
                    }
                    if (rep >= warmup) {
                        totals[rep - warmup] = (mx.getCurrentThreadCpuTime() - start) / 1e6;
                    }
                }
                long evaluations = 0;
                for (MapResult r : results) {
                    evaluations += r.evaluations();
                }
                double energy = 0;
                double cycles = 0;
                for (Layer l : network.layers()) {
                    MapResult r = results[indexOf(shapes, ConvProblem.of(l))];
                    energy += r.analysis().energyPJ();
                    cycles += r.analysis().cycles();
                    if (tsv != null) {
                        tsv.printf(
                                Locale.ROOT,
                                "%s\t%s\t%s\t%.6e\t%d\t%.6e%n",
                                net,
                                designName,
                                l.name(),
                                r.analysis().energyPJ(),
                                r.analysis().cycles(),
                                r.analysis().edp());
                    }
                }
                long[] layerSorted = bestLayer.clone();
                Arrays.sort(layerSorted);
                double[] sortedTotals = totals.clone();
                Arrays.sort(sortedTotals);
                System.out.printf(
                        Locale.ROOT,
                        "%-10s %-18s %6d %8d %7.1f ms %7.1f ms %7.3f ms %7.2f ms %12.2f %12.3f %14.4f%n",
                        net,
                        designName,
                        n,
                        evaluations,
                        sortedTotals[0],
                        sortedTotals[passes / 2],
                        layerSorted[n / 2] / 1e6,
                        layerSorted[n - 1] / 1e6,
                        energy * 1e-6,
                        cycles * 1e-6,
                        energy * 1e-6 * cycles * 1e-6);
            }
        }
        if (tsv != null) {
            tsv.close();
        }
    }

    private static int indexOf(List<ConvProblem> shapes, ConvProblem p) {
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i).shapeKey().equals(p.shapeKey())) {
                return i;
            }
        }
        throw new IllegalStateException(p.shapeKey());
    }
}
