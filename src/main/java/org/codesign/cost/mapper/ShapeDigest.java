package org.codesign.cost.mapper;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * A shape's key in a {@link MappingStore}: the first 128 bits of the SHA-256 of the mapper's full
 * cache key (shape, architecture, constraints, objective, budget), and the next 64 bits as a check
 * sealed into the stored text. A cluster's map hashes its keys on every operation, and the full
 * key as text (hundreds of characters) made that hashing most of the map's CPU (BENCHMARKS.md,
 * "Evaluation on a cluster"); 16 bytes cost next to nothing. Two keys sharing the 128 bits are
 * told apart by the check: a text sealed for another key reads as absent.
 */
record ShapeDigest(UUID id, long check) {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    });

    static ShapeDigest of(String canonicalKey) {
        ByteBuffer d = ByteBuffer.wrap(SHA256.get().digest(canonicalKey.getBytes(StandardCharsets.UTF_8)));
        return new ShapeDigest(new UUID(d.getLong(), d.getLong()), d.getLong());
    }

    /** The text to store under {@link #id}: the check, then the mapping text. */
    String seal(String text) {
        return Long.toHexString(check) + "#" + text;
    }

    /** The mapping text stored under {@link #id}, or null when it was sealed for another key. */
    String open(String stored) {
        String seal = Long.toHexString(check) + "#";
        return stored.startsWith(seal) ? stored.substring(seal.length()) : null;
    }
}
