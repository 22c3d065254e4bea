package org.codesign.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.IExecutorService;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may join and what may cross: a member with the wrong secret or the wrong cluster name forms
 * a cluster of its own instead of joining, and a Java-serialized object of a class outside the
 * allow-list is refused by the member that receives it, before any of its code runs.
 */
class ClusterAdmissionTest {
    private static final int PORT = LoopbackClusters.PORT + 40;

    @TempDir
    Path dir;

    /** Would record that a worker ran a task that arrived by Java serialization. */
    static final AtomicBoolean RAN = new AtomicBoolean();

    static final class JavaSerializedTask implements Callable<String>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public String call() {
            RAN.set(true);
            return "ran";
        }
    }

    @Test
    void onlyMembersWithTheNameAndTheSecretJoin() throws Exception {
        ClusterSecret secret = LoopbackClusters.secret(dir, "the-right-secret-0123456789");
        ClusterSecret wrong = LoopbackClusters.secret(dir, "a-wrong-secret-0123456789ab");
        try (ClusterMember a = ClusterMember.worker(LoopbackClusters.settings("lab", secret, PORT, List.of()), 1)) {
            List<String> viaA = List.of(a.address());
            try (ClusterMember wrongSecret =
                            ClusterMember.worker(LoopbackClusters.settings("lab", wrong, PORT, viaA), 1);
                    ClusterMember wrongName =
                            ClusterMember.worker(LoopbackClusters.settings("lab2", secret, PORT, viaA), 1)) {
                assertThat(a.members()).hasSize(1);
                assertThat(wrongSecret.members()).hasSize(1);
                assertThat(wrongName.members()).hasSize(1);
            }
            try (ClusterMember right = ClusterMember.worker(LoopbackClusters.settings("lab", secret, PORT, viaA), 1)) {
                assertThat(a.members()).hasSize(2);
                assertThat(right.members()).hasSize(2);
            }
        }
    }

    @Test
    void aClassOutsideTheAllowListIsNotDeserialized() throws Exception {
        ClusterSecret secret = LoopbackClusters.secret(dir, "another-secret-0123456789");
        try (ClusterMember worker =
                        ClusterMember.worker(LoopbackClusters.settings("filter", secret, PORT + 10, List.of()), 1);
                ClusterMember coordinator = ClusterMember.coordinator(
                        LoopbackClusters.settings("filter", secret, PORT + 10, List.of(worker.address())))) {
            IExecutorService executor = coordinator.instance().getExecutorService(MemberConfigs.EXECUTOR);
            var reply = executor.submit(new JavaSerializedTask(), ClusterMember::isWorker);
            assertThatThrownBy(() -> reply.get(60, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .rootCause()
                    .hasMessageContaining(JavaSerializedTask.class.getName())
                    .hasMessageContaining("not allowed");
            assertThat(RAN).isFalse();
        }
    }

    @Test
    void aSecretMustComeFromAFileOfSixteenCharactersOrMore() throws Exception {
        Path shortSecret = Files.writeString(dir.resolve("short"), "tooshort\n");
        assertThatThrownBy(() -> ClusterSecret.read(shortSecret))
                .hasMessageContaining("--secret-file")
                .hasMessageContaining("at least 16");
        assertThatThrownBy(() -> ClusterSecret.read(dir.resolve("absent")))
                .hasMessageContaining("--secret-file: cannot read");
        ClusterSecret s = LoopbackClusters.secret(dir, "0123456789abcdef-secret");
        assertThat(s.joinName("lab")).startsWith("lab-").hasSize(4 + 32).isEqualTo(s.joinName("lab"));
        assertThat(s.joinName("lab"))
                .isNotEqualTo(
                        LoopbackClusters.secret(dir, "0123456789abcdef-secreT").joinName("lab"));
    }
}
