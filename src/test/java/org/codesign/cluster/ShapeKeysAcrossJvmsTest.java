package org.codesign.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.codesign.cost.mapper.MappingStore;
import org.codesign.eval.Evaluator;
import org.codesign.eval.StandardModels;
import org.codesign.space.CodesignSpace;
import org.codesign.study.ConfigJson;
import org.codesign.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workers in different JVMs name a layer shape's mapping by the same key, or the shared map never
 * answers one of them: the key is a digest of the architecture's text, and a storage level's kept
 * tensors used to print in the order of {@code Set.copyOf}, which every JVM salts at random (two
 * worker processes took 0 of 2,300 shapes from the map, ClusterProcessBench). Designs go through
 * the JSON a worker receives.
 */
class ShapeKeysAcrossJvmsTest {
    private static final String[] SAMPLES = {"accelerator-dataflow.codesign.json", "nas-accelerator-joint.codesign.json"
    };

    @Test
    void everyJvmAsksTheMapForTheSameKeys(@TempDir Path dir) throws Exception {
        List<String> here = keys();
        assertThat(here).hasSizeGreaterThan(20);
        // three JVMs: a salted order matches this one's by chance at most one time in six
        for (int jvm = 0; jvm < 3; jvm++) {
            Path out = dir.resolve("keys" + jvm + ".txt");
            String java = ProcessHandle.current().info().command().orElse("java");
            Process p = new ProcessBuilder(
                            java, "-cp", System.getProperty("java.class.path"), Child.class.getName(), out.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child" + jvm + ".log").toFile())
                    .start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue())
                    .as(Files.readString(dir.resolve("child" + jvm + ".log")))
                    .isZero();
            assertThat(Files.readAllLines(out)).isEqualTo(here);
        }
    }

    /** The store keys a worker's mapper asks for, for four random designs of each accelerator sample. */
    static List<String> keys() throws Exception {
        List<String> keys = new ArrayList<>();
        MappingStore recording = new MappingStore() {
            @Override
            public String get(UUID key) {
                keys.add(key.toString());
                return null;
            }

            @Override
            public Map<UUID, String> getAll(Set<UUID> wanted) {
                wanted.forEach(k -> keys.add(k.toString()));
                return Map.of();
            }

            @Override
            public void putIfAbsent(UUID key, String text) {}
        };
        for (String sample : SAMPLES) {
            Study study = LoopbackClusters.study(sample);
            Evaluator evaluator = StandardModels.evaluator(
                    org.codesign.accuracy.AccuracyModel.defaultModel(),
                    study.model().mapperObjective(),
                    recording);
            for (CodesignSpace.Point p : ClusterBench.randomDesigns(study.space(), 4, 11)) {
                evaluator.evaluate(
                        ConfigJson.parseNetwork(
                                "network", ConfigJson.toJson(p.network()).toString()),
                        ConfigJson.parseHardware(
                                "hardware", ConfigJson.toJson(p.hardware()).toString()));
            }
        }
        return keys;
    }

    /** The other JVM: writes its keys to the file given. */
    public static final class Child {
        private Child() {}

        public static void main(String[] args) throws Exception {
            Files.write(Path.of(args[0]), keys());
        }
    }
}
