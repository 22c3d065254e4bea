package org.codesign.study.store;

import java.nio.file.Path;
import java.util.Locale;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyFormatException;

/** Reads a study from either format, chosen by the file's extension: {@code .db} a store, else JSON. */
public final class StudyLoader {
    private StudyLoader() {}

    public static boolean isStore(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".db");
    }

    /** The whole study with its runs; problems name the file (JSON path or store table). */
    public static Study load(Path file) throws StudyFormatException, StoreException {
        if (!isStore(file)) {
            return StudyFiles.load(file);
        }
        try (StudyStore store = StudyStore.open(file)) {
            return store.load();
        }
    }

    /** The study without its runs, for what only needs its problem (starting a run, listing spaces). */
    public static Study definition(Path file) throws StudyFormatException, StoreException {
        if (!isStore(file)) {
            return StudyFiles.load(file).withRuns(java.util.List.of());
        }
        try (StudyStore store = StudyStore.open(file)) {
            return store.definition();
        }
    }
}
