package org.codesign.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.store.StudyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code codesign import STUDY.codesign.json}: a JSON study into a new study store. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Copy a JSON study (definition, runs, every evaluation) into a new SQLite study store.",
            "The JSON file is not changed; an existing store is never overwritten."
        })
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "STUDY", description = "The JSON study (*.codesign.json).")
    Path source;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "The store to create (default: the study's name with .codesign.db).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Study study = StudyFiles.load(source);
        Path target = out != null ? out : storeNextTo(source);
        long points = study.runs().stream().mapToLong(r -> r.points().size()).sum();
        long started = System.nanoTime();
        StudyStore.create(target, study).close();
        System.err.printf(
                java.util.Locale.ROOT,
                "imported %d runs, %d evaluations into %s (%.1f s)%n",
                study.runs().size(),
                points,
                target,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** a/b.codesign.json → a/b.codesign.db; any other name gets the extension appended. */
    static Path storeNextTo(Path json) {
        String name = json.getFileName().toString();
        String stem = name.endsWith(StudyFiles.EXTENSION)
                ? name.substring(0, name.length() - StudyFiles.EXTENSION.length())
                : name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return json.resolveSibling(stem + StudyStore.EXTENSION);
    }
}
