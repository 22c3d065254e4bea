package org.codesign.cost.mapper;
import org.codesign.cost.loopnest.*;
import org.codesign.space.Dataflow;
import java.nio.file.*;
public class ScratchMapper {
    public static void main(String[] a) throws Exception {
        for (int rep = 0; rep < 30; rep++)
        for (Path p : ReferenceCases.files()) {
            MappingCase c = ReferenceCases.read(p);
            Analysis ref = LoopNestAnalyzer.analyze(c.problem(), c.architecture(), c.mapping());
            Dataflow df = p.toString().contains("eyeriss") ? Dataflow.ROW_STATIONARY : p.toString().contains("_ws_") ? Dataflow.WEIGHT_STATIONARY : Dataflow.OUTPUT_STATIONARY;
            long t0 = System.nanoTime();
            MapResult r = Mapper.search(c.problem(), c.architecture(), SpatialConstraints.forDataflow(df, 1), Objective.EDP, 4000);
            long t1 = System.nanoTime();
            if (rep == 29) System.out.printf("%s ref EDP %.4g (E %.4g C %d)  mapper EDP %.4g (E %.4g C %d) ratio %.3f evals %d  %.2f ms %.2f us/eval%n  %s%n", p.getFileName(), ref.edp(), ref.energyPJ(), ref.cycles(),
                r.analysis().edp(), r.analysis().energyPJ(), r.analysis().cycles(), r.analysis().edp()/ref.edp(), r.evaluations(), (t1-t0)/1e6, (t1-t0)/1e3/r.evaluations(), r.mapping().describe());
        }
    }
}
