package org.codesign.experiment;

import java.util.List;
import java.util.function.Consumer;
import org.codesign.study.StudyFormatException;

/** One published comparison, reproduced on a bundled sample. */
public interface Experiment {

    /** The name on the command line: the sample's file name without {@code .codesign.json}. */
    String name();

    /** The report's title. */
    String title();

    /** The sample files (bundled names) the experiment runs. */
    List<String> samples();

    /** Seeds and evaluations per run when the user gives none (threads 0 = all cores). */
    ExperimentSettings defaults();

    /** The smallest useful evaluation budget per run. */
    int minimumEvaluations();

    /**
     * Runs the comparison and returns the report body (everything after the common header).
     *
     * @param log one line per finished run, for progress output
     */
    ReportBody run(ExperimentSettings settings, SampleSource samples, Consumer<String> log)
            throws StudyFormatException;
}
