package org.codesign.ui.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.codesign.cluster.ClusterMember;
import org.codesign.cluster.ClusterSecret;
import org.codesign.cluster.ClusterSettings;
import org.codesign.cluster.MemberInfo;
import org.codesign.search.codesign.DesignBatches;

/**
 * Run ▸ Cluster…: joins a cluster of {@code codesign worker}s as this window's coordinator, and
 * shows its members, their cores and the evaluations per second each returns. While connected,
 * new runs of studies with the built-in accuracy model evaluate there ({@link #batches}).
 */
public final class ClusterViewModel {
    /** One member as the dialog's table shows it. */
    public record MemberRow(String address, String role, int cores, long evaluated, double evaluationsPerSecond) {}

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty secretFile = new SimpleStringProperty(this, "secretFile", "");
    private final StringProperty members = new SimpleStringProperty(this, "members", "");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Not connected");
    private final ObservableList<MemberRow> rows = FXCollections.observableArrayList();
    private ClusterMember coordinator;
    private Map<String, Long> lastCounts = new HashMap<>();
    private long lastNanos;

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty secretFileProperty() {
        return secretFile;
    }

    /** host:port, comma-separated; empty: this machine. */
    public StringProperty membersProperty() {
        return members;
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<MemberRow> rows() {
        return rows;
    }

    /** Joins the cluster; says which field is wrong instead when it cannot. */
    public Optional<String> connect() {
        if (coordinator != null) {
            return Optional.empty();
        }
        ClusterSettings settings;
        try {
            if (secretFile.get().isBlank()) {
                throw new IllegalArgumentException("Secret file: give the file holding the cluster's secret");
            }
            List<String> list = members.get().isBlank()
                    ? List.of()
                    : Arrays.stream(members.get().split(",")).map(String::strip).toList();
            settings = new ClusterSettings(
                    name.get().strip(),
                    ClusterSecret.read(Path.of(secretFile.get().strip())),
                    list,
                    ClusterSettings.LOOPBACK,
                    ClusterSettings.DEFAULT_PORT);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return Optional.of(e.getMessage());
        }
        coordinator = ClusterMember.coordinator(settings);
        connected.set(true);
        lastCounts = new HashMap<>();
        lastNanos = System.nanoTime();
        refresh();
        return Optional.empty();
    }

    public void disconnect() {
        if (coordinator != null) {
            coordinator.close();
            coordinator = null;
        }
        connected.set(false);
        rows.clear();
        status.set("Not connected");
    }

    /** The cluster's batches for a study's mapper objective, or empty when not connected. */
    public Optional<DesignBatches> batches(String mapperObjective) {
        return coordinator == null ? Optional.empty() : Optional.of(coordinator.batches(mapperObjective));
    }

    /** Reads the members and the designs each returned since the last call (the dialog calls it every second). */
    public void refresh() {
        if (coordinator == null) {
            return;
        }
        long now = System.nanoTime();
        double seconds = Math.max(1e-3, (now - lastNanos) / 1e9);
        Map<String, Long> counts = coordinator.returnedBy();
        List<MemberRow> next = new ArrayList<>();
        int cores = 0;
        double total = 0;
        for (MemberInfo m : coordinator.members()) {
            long n = counts.getOrDefault(m.address(), 0L);
            double rate = (n - lastCounts.getOrDefault(m.address(), 0L)) / seconds;
            next.add(new MemberRow(m.address(), m.worker() ? "worker" : "coordinator", m.threads(), n, rate));
            cores += m.threads();
            total += rate;
        }
        rows.setAll(next);
        lastCounts = counts;
        lastNanos = now;
        long workers = next.stream().filter(r -> r.role().equals("worker")).count();
        status.set(String.format(
                java.util.Locale.ROOT,
                "Connected to %s: %d worker%s, %d core%s, %.1f evaluations/s",
                name.get().strip(),
                workers,
                workers == 1 ? "" : "s",
                cores,
                cores == 1 ? "" : "s",
                total));
    }
}
