package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI runs in a JVM without a display and never loads a JavaFX class. */
class CliWithoutJavaFxTest {

    @Test
    void subcommandsNeverLoadJavaFx() throws IOException, InterruptedException {
        String out = runWithoutDisplay(
                true,
                "evaluate",
                "--network",
                "samples/configs/ofa-flops-389M.json",
                "--hardware",
                "samples/configs/xavier-max.json",
                "--json");
        assertThat(out).contains("\"latencyMs\"");
    }

    @Test
    void experimentsDrawTheirPlotsWithoutJavaFxOrADisplay(@TempDir Path dir) throws IOException, InterruptedException {
        // No -Djava.awt.headless here: the experiment command must make AWT headless itself.
        runWithoutDisplay(
                false, "experiment", "classroom-small", "--out", dir.toString(), "--seeds", "1", "--evaluations", "20");
        assertThat(dir.resolve("report.md")).isRegularFile();
        assertThat(dir.resolve("fronts.png")).isRegularFile();
    }

    /** Runs the CLI in a fresh JVM without DISPLAY; asserts exit code 0 and that no JavaFX class was loaded. */
    private static String runWithoutDisplay(boolean headlessFlag, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-verbose:class"));
        if (headlessFlag) {
            command.add("-Djava.awt.headless=true");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.codesign.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertEquals(
                0,
                p.exitValue(),
                out.lines().filter(l -> !l.startsWith("[")).limit(20).toList().toString());
        assertThat(out.lines().filter(l -> l.contains("Loaded javafx.") || l.contains("Loaded com.sun.javafx.")))
                .as("JavaFX classes loaded by the CLI")
                .isEmpty();
        return out;
    }
}
