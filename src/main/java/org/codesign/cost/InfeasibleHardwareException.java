package org.codesign.cost;

/** The hardware configuration cannot run the workload; the message says why, naming the part. */
public final class InfeasibleHardwareException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InfeasibleHardwareException(String reason) {
        super(reason);
    }
}
