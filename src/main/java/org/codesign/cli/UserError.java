package org.codesign.cli;

/** A problem with what the user asked for; its message is shown as is. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
