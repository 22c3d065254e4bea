package org.codesign.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codesign.cluster.ClusterSecret;
import org.codesign.cluster.ClusterSettings;
import picocli.CommandLine.Option;

/** The options that put a member in a cluster, shared by {@code worker} and {@code run}. */
final class ClusterOptions {
    @Option(
            names = "--cluster",
            paramLabel = "NAME",
            description = "The cluster to join (its workers evaluate; needs --secret-file).")
    String name;

    @Option(
            names = "--secret-file",
            paramLabel = "FILE",
            description = "The file holding the cluster's shared secret (at least 16 characters,"
                    + " e.g. from openssl rand -hex 16); every member needs the same.")
    Path secretFile;

    @Option(
            names = "--members",
            paramLabel = "HOST[:PORT],...",
            split = ",",
            description = "Members to join through (default 127.0.0.1, ports 5701-5703).")
    List<String> members = new ArrayList<>();

    @Option(
            names = "--interface",
            paramLabel = "ADDRESS",
            description = "The address to listen on (default 127.0.0.1: only this machine can join).")
    String bindInterface;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "" + ClusterSettings.DEFAULT_PORT,
            description = "The first port to try (default ${DEFAULT-VALUE}; the next free one is taken).")
    int port;

    boolean given() {
        return name != null;
    }

    /** @throws UserError naming the option that is missing or wrong */
    ClusterSettings settings() {
        if (name == null) {
            throw new UserError("--cluster: missing (the name of the cluster)");
        }
        if (secretFile == null) {
            throw new UserError("--secret-file: missing (a cluster is joined with its name and a shared secret)");
        }
        for (String m : members) {
            if (!m.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
                throw new UserError("--members: '" + m + "' is not host or host:port");
            }
        }
        try {
            return new ClusterSettings(name, ClusterSecret.read(secretFile), members, bindInterface, port);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
