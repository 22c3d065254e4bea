package org.codesign.bench;

import java.util.Arrays;
import java.util.Locale;
import org.codesign.cost.mapper.MapResult;
import org.codesign.cost.mapper.Mapper;
import org.codesign.cost.mapper.MappingObjective;
import org.codesign.cost.timeloop.TimeloopCases;
import org.codesign.cost.timeloop.TimeloopMapspace;
import org.codesign.cost.timeloop.TimeloopReader;
import org.codesign.cost.timeloop.TimeloopStats;

/**
 * Our mapper against timeloop-mapper's reference runs (issue 17, item 4): per case the EDP of the
 * mapping our mapper finds (default budget, EDP objective, the architecture's keep/bypass and
 * spatial constraints) and of the reference run's, their ratio, and the wall time of a cold
 * search (median of {@code runs} after one warm-up search per case). Prints a Markdown table.
 *
 * <pre>mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.codesign.bench.TimeloopMapperBench -Dbench.args=7</pre>
 */
public final class TimeloopMapperBench {
    private TimeloopMapperBench() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        System.out.println("| case | layer | EDP ours (pJ·cycles) | EDP timeloop-mapper | ratio | energy ratio "
                + "| cycles ratio | evaluations | our mapper's time (median) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (TimeloopCases.Case c : TimeloopCases.mapperCases()) {
            TimeloopMapspace m = TimeloopReader.readMapspace(c.inputs());
            TimeloopStats ref = TimeloopStats.read(c.stats());
            MapResult r = search(m);
            long[] ns = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                search(m);
                ns[i] = System.nanoTime() - t0;
            }
            Arrays.sort(ns);
            double ours = r.analysis().energyPJ() * r.analysis().cycles();
            double theirs = ref.energyPJ() * ref.cycles();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %.4g | %.4g | %.3f | %.3f | %.3f | %d | %.0f ms |%n",
                    c.name(),
                    m.problem().name(),
                    ours,
                    theirs,
                    ours / theirs,
                    r.analysis().energyPJ() / ref.energyPJ(),
                    (double) r.analysis().cycles() / ref.cycles(),
                    r.evaluations(),
                    ns[runs / 2] / 1e6);
        }
    }

    static MapResult search(TimeloopMapspace m) {
        return Mapper.search(
                        m.problem(), m.architecture(), m.constraints(), MappingObjective.EDP, Mapper.DEFAULT_BUDGET)
                .orElseThrow();
    }
}
