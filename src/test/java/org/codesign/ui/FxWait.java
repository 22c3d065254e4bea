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

    /**
     * File ▸ Open of {@code file} in {@code window}, as the dialog would hand it over, then waits
     * until the study read in the background has replaced the open one; fails if it could not.
     */
    static void open(MainWindow window, java.nio.file.Path file) {
        javafx.concurrent.Task<?> task;
        try {
            task = WaitForAsyncUtils.asyncFx(() -> window.openFile(file)).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError("File ▸ Open of " + file + " failed", e);
        }
        await("the study " + file.getFileName() + " to open", task::isDone);
        WaitForAsyncUtils.waitForFxEvents(); // the task's state and handlers follow on the FX thread
        Object[] ended;
        try {
            ended = WaitForAsyncUtils.asyncFx(() -> new Object[] {task.getState(), task.getException()})
                    .get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError("File ▸ Open of " + file + ": its state could not be read", e);
        }
        if (ended[0] != javafx.concurrent.Worker.State.SUCCEEDED) {
            throw new AssertionError("File ▸ Open of " + file + " ended " + ended[0], (Throwable) ended[1]);
        }
    }
}
