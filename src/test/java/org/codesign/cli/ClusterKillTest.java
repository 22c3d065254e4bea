package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code codesign worker} JVMs on 127.0.0.1 and {@code codesign run --cluster}: one worker is
 * killed with {@code kill -9} while a batch is out, its chunks go to the other worker, and the run
 * ends with the points, bit for bit, of the same run on this JVM's threads. Then a coordinator JVM
 * is killed after its first generation and {@code --resume} with a new coordinator ends with those
 * points too, served by the worker still running. Small on purpose (two one-thread workers, 48
 * evaluations): about a minute.
 */
@Tag("cluster")
class ClusterKillTest {
    private static final int WORKER_PORT = 5981;
    private static final int COORDINATOR_PORT = 5991;

    @Test
    void aWorkerKilledMidBatchChangesNothing(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret"), "kill-test-secret-0123456789\n");
        List<String> run = List.of(
                "run",
                "samples/accelerator-dataflow.codesign.json",
                "--algorithm",
                "nsga2",
                "--evaluations",
                "48",
                "--population",
                "12",
                "--seed",
                "5",
                "--quiet");
        List<CodesignProcess> workers = new ArrayList<>();
        try {
            for (int w = 0; w < 2; w++) {
                workers.add(CodesignProcess.start(
                        dir.resolve("worker" + w + ".log"),
                        List.of(
                                "worker",
                                "--cluster",
                                "kill",
                                "--secret-file",
                                secret.toString(),
                                "--members",
                                "127.0.0.1:" + WORKER_PORT,
                                "--port",
                                "" + WORKER_PORT,
                                "--threads",
                                "1")));
                CodesignProcess.awaitLine(dir.resolve("worker" + w + ".log"), "worker of cluster kill");
            }
            List<String> clustered = new ArrayList<>(run);
            clustered.addAll(List.of(
                    "--out",
                    dir.resolve("cluster").toString(),
                    "--cluster",
                    "kill",
                    "--secret-file",
                    secret.toString(),
                    "--members",
                    "127.0.0.1:" + WORKER_PORT,
                    "--port",
                    "" + COORDINATOR_PORT));
            CompletableFuture<CliRunner.Result> onCluster =
                    CompletableFuture.supplyAsync(() -> CliRunner.run(clustered.toArray(String[]::new)));
            // the first generation is done: the second one's chunks are out, the mapper is cold for them
            Path checkpoint = dir.resolve("cluster/checkpoint.json");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(checkpoint) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(checkpoint).exists();
            workers.get(1).kill();

            CliRunner.Result r = onCluster.get(180, TimeUnit.SECONDS);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.err()).contains("a worker left");

            List<String> local = new ArrayList<>(run);
            local.addAll(List.of("--out", dir.resolve("local").toString(), "--threads", "1"));
            CliRunner.Result l = CliRunner.run(local.toArray(String[]::new));
            assertThat(l.exitCode()).as(l.err()).isZero();
            JsonNode localPoints = points(dir.resolve("local/run.json"));
            assertThat(localPoints).hasSize(48);
            assertThat(points(dir.resolve("cluster/run.json"))).isEqualTo(localPoints);

            // the coordinator killed: --resume with a new coordinator, the surviving worker serves it
            List<String> coordinator = new ArrayList<>(run);
            coordinator.addAll(List.of(
                    "--out",
                    dir.resolve("coord").toString(),
                    "--cluster",
                    "kill",
                    "--secret-file",
                    secret.toString(),
                    "--members",
                    "127.0.0.1:" + WORKER_PORT,
                    "--port",
                    "" + (COORDINATOR_PORT + 5)));
            CodesignProcess first = CodesignProcess.start(dir.resolve("coordinator.log"), coordinator);
            Path coordCheckpoint = dir.resolve("coord/checkpoint.json");
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(coordCheckpoint) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            first.kill();
            assertThat(coordCheckpoint).exists();
            CliRunner.Result resumed = CliRunner.run(
                    "run",
                    "samples/accelerator-dataflow.codesign.json",
                    "--resume",
                    dir.resolve("coord").toString(),
                    "--quiet",
                    "--cluster",
                    "kill",
                    "--secret-file",
                    secret.toString(),
                    "--members",
                    "127.0.0.1:" + WORKER_PORT,
                    "--port",
                    "" + (COORDINATOR_PORT + 10));
            assertThat(resumed.exitCode()).as(resumed.err()).isZero();
            assertThat(points(dir.resolve("coord/run.json"))).isEqualTo(localPoints);

            // stopped as by Ctrl-C, the surviving worker says what it did
            workers.get(0).terminate();
            workers.get(0).waitFor(60); // fails the test if the worker does not stop
            assertThat(workers.get(0).log())
                    .containsPattern("worker stopping: evaluated [1-9][0-9]* designs; searched");
        } finally {
            for (CodesignProcess w : workers) {
                w.kill();
            }
        }
    }

    private static JsonNode points(Path runJson) throws Exception {
        return new ObjectMapper().readTree(runJson.toFile()).get("points");
    }
}
