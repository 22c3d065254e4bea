package org.codesign.cost.loopnest;
import java.nio.file.*;
public class ScratchEval {
    public static void main(String[] a) throws Exception {
        for (Path p : ReferenceCases.files()) {
            MappingCase c = ReferenceCases.read(p);
            Mapping m = LoopNestAnalyzer.validate(c.problem(), c.architecture(), c.mapping());
            FlatNest nest = FlatNest.of(c.architecture(), m);
            NestEvaluator ev = new NestEvaluator(c.problem(), c.architecture());
            for (int i = 0; i < 200000; i++) ev.evaluate(nest);
            long t0 = System.nanoTime();
            int n = 500000;
            for (int i = 0; i < n; i++) ev.evaluate(nest);
            long t1 = System.nanoTime();
            System.out.printf("%s %.3f us/eval%n", p.getFileName(), (t1 - t0) / 1e3 / n);
        }
    }
}
