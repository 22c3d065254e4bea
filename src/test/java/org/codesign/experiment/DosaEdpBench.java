package org.codesign.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.codesign.study.Study;

/**
 * The DOSA-style table alone (the accelerator-dataflow report runs it after its own searches):
 * {@code mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.codesign.experiment.DosaEdpBench
 * -Dbench.args="SEEDS DESIGNS THREADS [NETWORK FIRST_SEED]"} prints the section's Markdown and its
 * claim; NETWORK ("ResNet-18" or "mbv3-ofa default") keeps one network, FIRST_SEED starts the
 * seeds 1..SEEDS further on (to spread seeds over processes; each line of the log is one seed).
 */
public final class DosaEdpBench {
    private DosaEdpBench() {}

    public static void main(String[] args) throws Exception {
        int seeds = Integer.parseInt(args[0]);
        int designs = Integer.parseInt(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        long first = args.length > 4 ? Long.parseLong(args[4]) : 1;
        long start = System.nanoTime();
        Map<String, Study> studies = new LinkedHashMap<>(
                DosaEdpComparison.studies(SampleSource.bundled().load(AcceleratorDataflowExperiment.SAMPLE)));
        if (args.length > 3) {
            studies.keySet().retainAll(List.of(args[3]));
        }
        List<DosaEdpComparison.Row> rows = DosaEdpComparison.compare(
                studies,
                LongStream.range(first, first + seeds).boxed().toList(),
                designs,
                threads,
                System.out::println);
        Markdown md = new Markdown();
        DosaEdpComparison.write(md, rows, designs);
        ReportBody.Claim c = DosaEdpComparison.claim(rows);
        System.out.println(md);
        System.out.println("| " + c.measure() + " | " + c.paper() + " | " + c.ours() + " | " + c.verdict() + " |");
        System.out.printf("took %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
