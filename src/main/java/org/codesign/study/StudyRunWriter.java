package org.codesign.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * Writes one run into a study file without saving anything else the window holds: the file keeps
 * its content as last saved (spaces, objectives, its other runs) and gets this run added or
 * replaced by id. The exception: when the study the run started on differs from the file's (it
 * had unsaved edits then), the file takes that study's definition, since the run's points mean
 * nothing without it. Remembers what it last wrote, so a run saved every few seconds does not
 * re-read the file each time unless another program changed it.
 */
public final class StudyRunWriter {
    private final Path file;
    private Study written;
    private FileTime writtenTime;
    private long writtenSize = -1;

    public StudyRunWriter(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * Writes {@code run} into the file atomically.
     *
     * @param startedOn the study as the run started (its definition; runs are ignored)
     * @return the study now in the file
     */
    public synchronized Study write(Study startedOn, RunRecord run) throws IOException, StudyFormatException {
        Study disk = Files.exists(file) ? current() : startedOn.withRuns(List.of());
        Study definition = startedOn.withRuns(disk.runs());
        Study next = (definition.equals(disk) ? disk : definition).withRun(run);
        StudyFiles.save(next, file);
        written = next;
        writtenTime = Files.getLastModifiedTime(file);
        writtenSize = Files.size(file);
        return next;
    }

    /** The file's study: what was last written, unless another program wrote the file since. */
    private Study current() throws IOException, StudyFormatException {
        if (written != null && Files.getLastModifiedTime(file).equals(writtenTime) && Files.size(file) == writtenSize) {
            return written;
        }
        return StudyFiles.load(file);
    }
}
