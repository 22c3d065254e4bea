package org.codesign.cluster;

import java.util.List;

/**
 * How a member joins its cluster.
 *
 * @param name the cluster's name (letters, digits, '-', '_', '.')
 * @param secret the shared secret every member holds
 * @param members where to look for the other members ({@code host} or {@code host:port}); empty:
 *     127.0.0.1 on Hazelcast's ports 5701-5703
 * @param bindInterface the address this member listens on (127.0.0.1 unless an interface is given)
 * @param port the first port tried (the next free one up to 100 further is taken)
 */
public record ClusterSettings(String name, ClusterSecret secret, List<String> members, String bindInterface, int port) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 5701;

    public ClusterSettings {
        checkName(name);
        if (secret == null) {
            throw new IllegalArgumentException("--secret-file: a cluster needs a shared secret");
        }
        members = List.copyOf(members);
        if (bindInterface == null || bindInterface.isBlank()) {
            bindInterface = LOOPBACK;
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--port: must be between 1 and 65535, got " + port);
        }
    }

    /** Loopback, the default port, the default members. */
    public static ClusterSettings local(String name, ClusterSecret secret) {
        return new ClusterSettings(name, secret, List.of(), LOOPBACK, DEFAULT_PORT);
    }

    public ClusterSettings withMembers(List<String> newMembers) {
        return new ClusterSettings(name, secret, newMembers, bindInterface, port);
    }

    public ClusterSettings withPort(int newPort) {
        return new ClusterSettings(name, secret, members, bindInterface, newPort);
    }

    static void checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException(
                    "--cluster: give a name of 1-64 letters, digits, '.', '_' or '-', got '" + name + "'");
        }
    }
}
