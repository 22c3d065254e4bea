package org.codesign.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The shared secret of a cluster, read from a file (never from the command line, where other
 * users of the machine see it). Hazelcast's community edition has no member authentication, so
 * the secret goes into the name members join with: {@code NAME-} and an HMAC-SHA256 of the name
 * keyed by the secret. A member that lacks the secret presents another name and Hazelcast refuses
 * its join. This keeps out members started by mistake or by someone who knows only the cluster's
 * name; it does not stop anyone who can read the cluster's traffic, which is not encrypted, from
 * copying the derived name.
 */
public final class ClusterSecret {
    /** Fewer characters than this are guessable; {@code openssl rand -hex 16} gives 32. */
    static final int MIN_LENGTH = 16;

    private final byte[] secret;

    private ClusterSecret(byte[] secret) {
        this.secret = secret;
    }

    /**
     * @throws IllegalArgumentException naming the file if it cannot be read or the secret is too short
     */
    public static ClusterSecret read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("--secret-file: cannot read " + file + " (" + e.getMessage() + ")", e);
        }
        if (text.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("--secret-file: " + file + " holds " + text.length()
                    + " characters; a cluster secret needs at least " + MIN_LENGTH
                    + " (e.g. openssl rand -hex 16 > " + file + ")");
        }
        return new ClusterSecret(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The name members of cluster {@code name} join with: only holders of this secret derive it. */
    public String joinName(String name) {
        ClusterSettings.checkName(name);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] tag = mac.doFinal(name.getBytes(StandardCharsets.UTF_8));
            return name + "-" + HexFormat.of().formatHex(tag, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
