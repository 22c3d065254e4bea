package org.codesign.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code codesign} in its own JVM (the test class path), so tests can signal and kill it. */
final class CodesignProcess {
    private final Process process;
    private final Path log;

    private CodesignProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code codesign ARGS}; stdout and stderr go to {@code log}. */
    static CodesignProcess start(Path log, List<String> args) throws IOException {
        return start(log, "org.codesign.Main", args);
    }

    /** Starts {@code mainClass ARGS} on the test class path (a bench's helper JVM). */
    static CodesignProcess start(Path log, String mainClass, List<String> args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        if (sigintIgnored()) {
            // An ignored SIGINT is inherited and cannot be un-ignored from Java (the CLI rightly keeps
            // it ignored, as for a background job): perl restores the default before exec.
            command.addAll(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die", "--"));
        }
        command.addAll(List.of(java, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new CodesignProcess(p, log);
    }

    /** Waits up to 90 s until {@code log} (a process's output) contains {@code text}. */
    static void awaitLine(Path log, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(
                "no '" + text + "' in " + log + ":\n" + (Files.exists(log) ? Files.readString(log) : ""));
    }

    private static boolean sigintIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0x2) != 0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: assume the default disposition
        }
        return false;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL on Linux: no handler, no hook, nothing runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * Sends a signal by name (INT, TERM) with the shell's built-in kill: a minimal Debian has
     * {@code /bin/sh} but not procps' {@code kill} program.
     */
    void signal(String name) throws IOException, InterruptedException {
        new ProcessBuilder("sh", "-c", "kill -" + name + " " + pid())
                .inheritIO()
                .start()
                .waitFor();
    }

    /** Process.destroy() sends SIGTERM on Linux. */
    void terminate() {
        process.destroy();
    }

    /** The exit code; fails if the process is still running after {@code seconds}. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("codesign did not exit within " + seconds + " s: " + log());
        }
        return process.exitValue();
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
