package org.codesign.experiment;

import java.util.List;

/**
 * The DOSA-style table alone (the accelerator-dataflow report runs it after its own searches):
 * {@code mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.codesign.experiment.DosaEdpBench
 * -Dbench.args="SEEDS DESIGNS THREADS"} prints the section's Markdown and its claim.
 */
public final class DosaEdpBench {
    private DosaEdpBench() {}

    public static void main(String[] args) throws Exception {
        int seeds = Integer.parseInt(args[0]);
        int designs = Integer.parseInt(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        long start = System.nanoTime();
        List<DosaEdpComparison.Row> rows = DosaEdpComparison.compare(
                DosaEdpComparison.studies(SampleSource.bundled().load(AcceleratorDataflowExperiment.SAMPLE)),
                new ExperimentSettings(seeds, designs, threads).seedList(),
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
