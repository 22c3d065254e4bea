package org.codesign.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.ExecutorConfig;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.NetworkConfig;
import java.util.Map;

/** The one Hazelcast configuration of every member: safe defaults, nothing read from the environment. */
final class MemberConfigs {
    static final String EXECUTOR = "codesign-eval";
    static final String ROLE = "codesign.role";
    static final String THREADS = "codesign.threads";
    static final String WORKER = "worker";
    static final String COORDINATOR = "coordinator";

    private MemberConfigs() {}

    /** A worker: holds the mapping cache and runs {@code threads} evaluations at once. */
    static Config worker(ClusterSettings s, int threads) {
        Config c = base(s);
        c.getMemberAttributeConfig().setAttribute(ROLE, WORKER).setAttribute(THREADS, Integer.toString(threads));
        c.addExecutorConfig(new ExecutorConfig(EXECUTOR).setPoolSize(threads));
        return c;
    }

    /** A run's coordinator: a lite member, which holds no data and evaluates nothing. */
    static Config coordinator(ClusterSettings s) {
        Config c = base(s);
        c.setLiteMember(true);
        c.getMemberAttributeConfig().setAttribute(ROLE, COORDINATOR).setAttribute(THREADS, "0");
        return c;
    }

    private static Config base(ClusterSettings s) {
        Config c = new Config();
        c.setClusterName(s.secret().joinName(s.name()));
        c.setInstanceName("codesign-" + s.name() + "-" + java.util.UUID.randomUUID());
        c.getJetConfig().setEnabled(false);
        // collected every 5 s for Management Center, which we do not run; the window counts
        // evaluations itself (ClusterMember.evaluated)
        c.getMetricsConfig().setEnabled(false);
        Map.of(
                        "hazelcast.phone.home.enabled", "false",
                        "hazelcast.logging.type", "none",
                        // loopback sockets only: without this Hazelcast binds 0.0.0.0 whatever the interface
                        "hazelcast.socket.bind.any", "false",
                        "hazelcast.wait.seconds.before.join", "1",
                        // a worker killed with -9 is dropped in seconds, and its tasks resubmitted
                        "hazelcast.heartbeat.interval.seconds", "1",
                        "hazelcast.max.no.heartbeat.seconds", "8")
                .forEach(c::setProperty);
        NetworkConfig net = c.getNetworkConfig();
        net.setPort(s.port()).setPortAutoIncrement(true).setPortCount(100);
        net.getInterfaces().setEnabled(true).addInterface(s.bindInterface());
        net.setPublicAddress(null);
        JoinConfig join = net.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2);
        if (s.members().isEmpty()) {
            join.getTcpIpConfig().addMember(ClusterSettings.LOOPBACK);
        } else {
            s.members().forEach(join.getTcpIpConfig()::addMember);
        }
        // Java deserialization only of Hazelcast's own and JDK classes (its default allow-list, on
        // as soon as a filter is set); our values cross as Compact with explicit serializers below
        c.getSerializationConfig().setJavaSerializationFilterConfig(new JavaSerializationFilterConfig());
        c.getSerializationConfig()
                .getCompactSerializationConfig()
                .addSerializer(new DesignTask.Serializer())
                .addSerializer(new BatchReply.Serializer());
        // a cache: a shape lost with its member is searched again, to the same mapping; a backup
        // would double the cost of every publish
        c.addMapConfig(new MapConfig(SharedMappings.MAP).setBackupCount(0));
        return c;
    }
}
