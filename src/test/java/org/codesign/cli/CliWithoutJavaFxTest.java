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

/** The CLI runs in a JVM without a display and never loads a JavaFX class. */
class CliWithoutJavaFxTest {

    @Test
    void subcommandsNeverLoadJavaFx() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.codesign.Main", "evaluate", "--network", "samples/configs/ofa-flops-389M.json",
                "--hardware", "samples/configs/xavier-max.json", "--json"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertEquals(0, p.exitValue(), out.lines().filter(l -> !l.startsWith("[")).limit(20).toList().toString());
        assertThat(out).contains("\"latencyMs\"");
        assertThat(out.lines().filter(l -> l.contains("Loaded javafx.") || l.contains("Loaded com.sun.javafx.")))
                .as("JavaFX classes loaded by the CLI").isEmpty();
    }
}
