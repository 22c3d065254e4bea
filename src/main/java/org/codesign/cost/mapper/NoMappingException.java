package org.codesign.cost.mapper;

/** No legal mapping exists (or none was found); the message names the part that is too small. */
final class NoMappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoMappingException(String reason) {
        super(reason, null, false, false);
    }
}
