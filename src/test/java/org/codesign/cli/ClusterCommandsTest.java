package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Joining a cluster needs its name and a secret from a file: without them, exit 2 and a sentence. */
class ClusterCommandsTest {
    @Test
    void aWorkerWithoutASecretFileIsRefused() {
        var r = CliRunner.run("worker", "--cluster", "lab");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--secret-file: missing").doesNotContain("Exception");
    }

    @Test
    void aRunWithAShortSecretOrABadNameIsRefusedBeforeItStarts(@TempDir Path dir) throws Exception {
        Path shortSecret = Files.writeString(dir.resolve("s"), "short");
        var r = CliRunner.run(
                "run",
                "samples/accelerator-dataflow.codesign.json",
                "--algorithm",
                "nsga2",
                "--evaluations",
                "10",
                "--out",
                dir.resolve("out").toString(),
                "--cluster",
                "lab",
                "--secret-file",
                shortSecret.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--secret-file:").contains("at least 16");

        Path secret = Files.writeString(dir.resolve("t"), "long-enough-secret-0123");
        var named = CliRunner.run("worker", "--cluster", "lab name", "--secret-file", secret.toString());
        assertThat(named.exitCode()).isEqualTo(2);
        assertThat(named.err()).contains("--cluster: give a name");
    }
}
