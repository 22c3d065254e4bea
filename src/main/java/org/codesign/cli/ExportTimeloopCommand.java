package org.codesign.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.codesign.cost.timeloop.TimeloopDesignFiles;
import org.codesign.study.Study;
import org.codesign.study.TimeloopPointExport;
import org.codesign.study.store.StudyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code codesign export-timeloop STUDY --point N [--run ID] --out DIR}: one accelerator design of
 * a study and its per-layer mappings as Timeloop inputs that {@code timeloop-model} (and
 * {@code codesign analyze --timeloop}) run to the cycles and energy the study computed.
 */
@Command(
        name = "export-timeloop",
        mixinStandardHelpOptions = true,
        description = {
            "Write one accelerator design of a study and the mapping of each of its layers as Timeloop v0.4",
            "inputs: arch.yaml, ERT.yaml, ART.yaml, layer_shapes/*.yaml, mappings/*.map.yaml and a README",
            "with the timeloop-model command and our cycles and energy per layer."
        })
final class ExportTimeloopCommand implements Callable<Integer> {

    @Parameters(paramLabel = "STUDY", description = "The study (*.codesign.json or *.codesign.db).")
    Path source;

    @Option(names = "--point", required = true, paramLabel = "N", description = "The point's index in its run.")
    long point;

    @Option(names = "--run", paramLabel = "ID", description = "The run the point belongs to (default: the only run).")
    String run;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (point < 0) {
            throw new UserError("--point: must be 0 or more, got " + point);
        }
        Study study = StudyLoader.load(source);
        Path folder = source.toAbsolutePath().getParent();
        TimeloopDesignFiles.Written w = TimeloopPointExport.export(study, folder, run, point, out);
        var err = spec.commandLine().getErr();
        err.println("wrote " + w.problemFiles().size() + " layer(s) of point " + point + " to " + w.folder()
                + " (see its README.md)");
        err.flush();
        return 0;
    }
}
