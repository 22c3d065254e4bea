package org.codesign.search;

/** Life cycle of a {@link SearchRun}. */
public enum RunStatus {
    /** Created, no step done yet. */
    NEW,
    /** Steps are being executed in the background. */
    RUNNING,
    /** Started (or stepped) and waiting: {@code resume}, {@code requestStep} or {@code step} continue it. */
    PAUSED,
    /** The budget is used up or the algorithm is done. */
    FINISHED,
    /** Cancelled; everything evaluated so far is kept. */
    CANCELLED,
    /** An evaluation or a listener threw; see {@link SearchRun#failure()}. */
    FAILED;

    public boolean isTerminal() {
        return this == FINISHED || this == CANCELLED || this == FAILED;
    }
}
