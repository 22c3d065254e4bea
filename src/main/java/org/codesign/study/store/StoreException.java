package org.codesign.study.store;

import java.io.IOException;

/**
 * A study store that cannot be opened, read or written: the message names the file and says
 * what is wrong in words a user can act on. An {@link IOException}, so the CLI reports it as
 * bad input (exit 2) without a stack trace.
 */
public final class StoreException extends IOException {
    private static final long serialVersionUID = 1L;

    public StoreException(String file, String problem) {
        super(file + ": " + problem);
    }

    public StoreException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
