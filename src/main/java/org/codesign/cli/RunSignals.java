package org.codesign.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT and SIGTERM during {@code codesign run}: the run is cancelled (it stops after the step in
 * flight, keeping what was evaluated) and the command then ends as a cancelled run does (checkpoint,
 * store, run.json, front.csv) and exits 130 or 143, as a shell expects of a process a signal stopped.
 *
 * <p>Why {@code sun.misc.Signal}: a shutdown hook cannot tell SIGINT from SIGTERM, and once one runs
 * the JVM is already exiting, so the hook has to hold the exit until the main thread has committed.
 * A signal handler replaces the JVM's exit-on-signal, so nothing exits until the command returns and
 * knows which signal it was. It is in jdk.unsupported, on the class path of every Java 17; where it
 * cannot be used (a runtime image without that module, a signal the VM reserves) a shutdown hook
 * does the same work and waits for it,
 * bounded by {@link #HOOK_WAIT_S}; the JVM then exits with 128 + the signal's number by itself.
 * A signal the parent set to be ignored (SIGINT of a background job, nohup) stays ignored. A second
 * signal while the run winds down gets the JVM's own handling: the user insists on exiting now.
 */
final class RunSignals implements AutoCloseable {
    /** Long enough for the last step and the store's final commit; a hung run must still die. */
    static final long HOOK_WAIT_S = 30;

    /** A signal that stopped the run: its name and the exit code a shell gives it (128 + number). */
    record Stop(String signal, int exitCode) {}

    private final Runnable cancel;
    private final AtomicReference<Stop> stop = new AtomicReference<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final List<Installed> installed = new ArrayList<>();
    private Thread hook;

    private record Installed(Signal signal, SignalHandler previous) {}

    private RunSignals(Runnable cancel) {
        this.cancel = cancel;
    }

    /** Catches SIGINT and SIGTERM until {@link #close()}; {@code cancel} stops the run. */
    static RunSignals install(Runnable cancel) {
        RunSignals s = new RunSignals(cancel);
        try {
            s.handle("INT", 130);
            s.handle("TERM", 143);
        } catch (IllegalArgumentException | LinkageError e) {
            s.restore();
            s.hook = new Thread(s::onShutdown, "codesign-run-shutdown");
            Runtime.getRuntime().addShutdownHook(s.hook);
        }
        return s;
    }

    private void handle(String name, int exitCode) {
        Signal signal = new Signal(name);
        AtomicReference<SignalHandler> previous = new AtomicReference<>();
        SignalHandler old = Signal.handle(signal, sig -> {
            if (stop.compareAndSet(null, new Stop("SIG" + name, exitCode))) {
                cancel.run();
            } else if (previous.get() != null) {
                previous.get().handle(sig);
            }
        });
        previous.set(old);
        if (old == SignalHandler.SIG_IGN) {
            Signal.handle(signal, old);
        } else {
            installed.add(new Installed(signal, old));
        }
    }

    private void onShutdown() {
        stop.compareAndSet(null, new Stop("a signal", 143));
        cancel.run();
        try {
            finished.await(HOOK_WAIT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The signal that stopped the run, or null. */
    Stop stop() {
        return stop.get();
    }

    /** The command has written everything: a waiting shutdown hook may let the JVM exit. */
    void done() {
        finished.countDown();
    }

    @Override
    public void close() {
        done();
        restore();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running and has been released above
            }
        }
    }

    private void restore() {
        for (Installed i : installed) {
            Signal.handle(i.signal(), i.previous());
        }
        installed.clear();
    }
}
