package org.codesign.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.codesign.search.checkpoint.CodesignCheckpointJson;
import org.codesign.search.codesign.CodesignCheckpoint;

/**
 * {@code checkpoint.json} beside a run's outputs: the co-design checkpoint plus what run.json needs
 * from before the interruption (start time, hypervolume history), so that a resumed run writes the
 * files an uninterrupted one would have.
 *
 * @param hypervolume (evaluations, hypervolume) pairs up to the checkpoint
 * @param storeRun the run's id in the study store it is saved into ({@code --save} into a
 *     {@code .codesign.db}), so a resumed run continues that row; null otherwise
 */
record CheckpointFile(CodesignCheckpoint checkpoint, String startedAt, List<double[]> hypervolume, String storeRun) {
    static final String NAME = "checkpoint.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The checkpoint a --resume argument names: a run folder or the file itself. */
    static Path locate(Path dirOrFile) {
        Path file = Files.isDirectory(dirOrFile) ? dirOrFile.resolve(NAME) : dirOrFile;
        if (!Files.isRegularFile(file)) {
            throw new UserError("--resume: " + dirOrFile + " has no " + NAME
                    + " (give the --out folder of a run started by this version)");
        }
        return file;
    }

    static CheckpointFile read(Path file) {
        try {
            // streamed: a million-point checkpoint resumes in a bounded heap
            CodesignCheckpointJson.Envelope read = CodesignCheckpointJson.readFile(file);
            JsonNode o = read.fields();
            List<double[]> hv = new ArrayList<>();
            JsonNode history = o.path("hypervolume");
            for (JsonNode pair : history) {
                hv.add(new double[] {pair.get(0).asDouble(), pair.get(1).asDouble()});
            }
            return new CheckpointFile(
                    read.run(),
                    o.path("startedAt").asText(),
                    hv,
                    o.path("storeRun").isTextual() ? o.path("storeRun").asText() : null);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError("--resume: cannot read " + file + ": " + e.getMessage());
        }
    }

    /** A process killed while writing leaves its temporary file; the folder's next run removes it. */
    static void removeStale(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(NAME + ".tmp"));
    }

    /**
     * Replaces {@code dir/checkpoint.json} atomically (a temporary file renamed in the same folder),
     * so a run killed while writing leaves the previous checkpoint intact.
     */
    void write(Path dir) throws IOException {
        int evaluations = checkpoint.finishedPoints().size()
                + (checkpoint.phase() == null
                        ? 0
                        : checkpoint.phase().evaluated().size());
        Path tmp = dir.resolve(NAME + ".tmp"); // one writer per folder; renamed, never left half-written
        try {
            // streamed: a checkpoint of a million points is never held as JSON nodes
            try (JsonGenerator g = MAPPER.getFactory().createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeStringField("startedAt", startedAt);
                if (storeRun != null) {
                    g.writeStringField("storeRun", storeRun);
                }
                g.writeArrayFieldStart("hypervolume");
                for (double[] pair : hypervolume) {
                    // entries past the checkpoint (an interrupted step's) are produced again on resume
                    if (pair[0] <= evaluations) {
                        g.writeArray(pair, 0, 2);
                    }
                }
                g.writeEndArray();
                g.writeFieldName("run");
                CodesignCheckpointJson.write(g, checkpoint);
                g.writeEndObject();
            }
            Files.move(tmp, dir.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
