package org.codesign.ui.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.codesign.cluster.ClusterMember;
import org.codesign.cluster.ClusterSecret;
import org.codesign.cluster.ClusterSettings;
import org.codesign.space.CodesignSpace;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run ▸ Cluster… without a window: joining, the members, their cores and rates, leaving. */
class ClusterViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aMissingOrShortSecretIsNamedAndNothingJoins() throws Exception {
        ClusterViewModel model = new ClusterViewModel();
        model.nameProperty().set("lab");
        assertThat(model.connect()).hasValueSatisfying(m -> assertThat(m).contains("Secret file"));
        model.secretFileProperty()
                .set(Files.writeString(dir.resolve("s"), "short").toString());
        assertThat(model.connect()).hasValueSatisfying(m -> assertThat(m).contains("at least 16"));
        assertThat(model.connectedProperty().get()).isFalse();
        assertThat(model.batches("edp")).isEmpty();
        assertThat(model.statusProperty().get()).contains("at least 16");
    }

    @Test
    void connectedItListsTheWorkersTheirCoresAndWhatTheyEvaluate() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret"), "view-model-secret-0123456789");
        ClusterSettings settings =
                ClusterSettings.local("vm", ClusterSecret.read(secret)).withPort(5951);
        try (ClusterMember worker = ClusterMember.worker(settings, 2)) {
            ClusterViewModel model = new ClusterViewModel();
            model.nameProperty().set("vm");
            model.secretFileProperty().set(secret.toString());
            model.membersProperty().set(worker.address());
            assertThat(model.connect()).isEmpty();
            try {
                assertThat(model.connectedProperty().get()).isTrue();
                assertThat(model.rows())
                        .filteredOn(r -> r.role().equals("worker"))
                        .singleElement()
                        .satisfies(r -> {
                            assertThat(r.address()).isEqualTo(worker.address());
                            assertThat(r.cores()).isEqualTo(2);
                        });
                assertThat(model.statusProperty().get()).contains("1 worker, 2 cores");

                Study study = Samples.load(Samples.DEFAULT);
                model.batches("edp").orElseThrow().evaluate(designs(study.space(), 6), () -> false);
                model.refresh();
                assertThat(worker.evaluated()).isEqualTo(6);
                assertThat(model.rows())
                        .filteredOn(r -> r.role().equals("worker"))
                        .singleElement()
                        .satisfies(r -> assertThat(r.evaluationsPerSecond()).isPositive());
            } finally {
                model.disconnect();
            }
            assertThat(model.connectedProperty().get()).isFalse();
            assertThat(model.rows()).isEmpty();
            assertThat(model.batches("edp")).isEmpty();
        }
    }

    private static List<CodesignSpace.Point> designs(CodesignSpace space, int n) {
        Random random = new Random(4);
        int[] card = space.cardinalities();
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> {
                    int[] g = new int[card.length];
                    for (int k = 0; k < g.length; k++) {
                        g[k] = random.nextInt(card[k]);
                    }
                    return space.decode(g);
                })
                .toList();
    }
}
