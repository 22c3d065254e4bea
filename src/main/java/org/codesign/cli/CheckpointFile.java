package org.codesign.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 */
record CheckpointFile(CodesignCheckpoint checkpoint, String startedAt, List<double[]> hypervolume) {
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
            JsonNode o = MAPPER.readTree(file.toFile());
            List<double[]> hv = new ArrayList<>();
            JsonNode history = o.path("hypervolume");
            for (JsonNode pair : history) {
                hv.add(new double[] {pair.get(0).asDouble(), pair.get(1).asDouble()});
            }
            return new CheckpointFile(
                    CodesignCheckpointJson.read(o.path("run")),
                    o.path("startedAt").asText(),
                    hv);
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
        ObjectNode o = MAPPER.createObjectNode();
        o.put("startedAt", startedAt);
        int evaluations = checkpoint.finishedPoints().size()
                + (checkpoint.phase() == null
                        ? 0
                        : checkpoint.phase().evaluated().size());
        ArrayNode hv = o.putArray("hypervolume");
        for (double[] pair : hypervolume) {
            // entries past the checkpoint (an interrupted step's) are produced again on resume
            if (pair[0] <= evaluations) {
                hv.addArray().add(pair[0]).add(pair[1]);
            }
        }
        o.set("run", CodesignCheckpointJson.write(checkpoint));
        Path tmp = dir.resolve(NAME + ".tmp"); // one writer per folder; renamed, never left half-written
        try {
            MAPPER.writeValue(tmp.toFile(), o);
            Files.move(tmp, dir.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
