package org.codesign.study;

/**
 * A file that cannot be read: the message names the file, the JSON path of the problem
 * ({@code /runs/0/seed}, a JSON pointer) and what is wrong, in words a user can act on.
 */
public final class StudyFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String jsonPath;
    private final String problem;

    public StudyFormatException(String file, String jsonPath, String problem) {
        super(file + ": " + jsonPath + ": " + problem);
        this.file = file;
        this.jsonPath = jsonPath;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public String jsonPath() {
        return jsonPath;
    }

    public String problem() {
        return problem;
    }
}
