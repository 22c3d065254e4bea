package org.codesign.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in the user-flow tests for what the window does in the background. */
final class FxWait {
    private FxWait() {}

    /** Waits up to 60 s for {@code condition}; fails saying what it waited for. */
    static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }
}
