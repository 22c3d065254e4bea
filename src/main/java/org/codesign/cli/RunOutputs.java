package org.codesign.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.codesign.search.Individual;
import org.codesign.search.RunSnapshot;
import org.codesign.study.RunExport;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;

/** The files {@code codesign run} writes. */
final class RunOutputs {
    private RunOutputs() {}

    static void write(Path dir, Study study, RunRecord record, RunSnapshot end) throws IOException {
        Set<Long> front = end.archive().stream()
                .filter(Individual::isFeasible)
                .map(i -> (long) i.index())
                .collect(Collectors.toSet());
        RunExport.writeRunFiles(dir, study, record, front);
    }
}
