package org.codesign.cost.timeloop;

import java.nio.file.Path;

/**
 * A Timeloop input the reader cannot use. The message names the file, the line (1-based, 0 when
 * unknown) and the YAML path of the offending node, e.g.
 * {@code arch.yaml:14: architecture.nodes[2].class: unknown class 'sram2' (…)}.
 */
public final class TimeloopInputException extends IllegalArgumentException {
    private final Path file;
    private final int line;
    private final String yamlPath;
    private final String problem;

    public TimeloopInputException(Path file, int line, String yamlPath, String problem) {
        super(format(file, line, yamlPath, problem));
        this.file = file;
        this.line = line;
        this.yamlPath = yamlPath;
        this.problem = problem;
    }

    private static String format(Path file, int line, String yamlPath, String problem) {
        String where = file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ";
        return where + (yamlPath == null || yamlPath.isEmpty() ? "" : yamlPath + ": ") + problem;
    }

    /** The file, or null when the problem is not in one file (e.g. a missing top-level key). */
    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String yamlPath() {
        return yamlPath;
    }

    public String problem() {
        return problem;
    }
}
