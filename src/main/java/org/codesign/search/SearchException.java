package org.codesign.search;

/** A run failed: an evaluation threw or returned something malformed, or a listener threw. */
public class SearchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }

    public SearchException(String message) {
        super(message);
    }
}
