package org.codesign.cost.mapper;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A store of best mappings shared beyond one {@link Mapper} (a cluster's distributed map), so a
 * layer shape is mapped once wherever it is needed. Keys are 128-bit digests of the mapper's cache
 * key ({@link ShapeDigest}), values text ({@link MappingText}): the store never holds objects of
 * this package.
 */
public interface MappingStore {

    /** The text stored under the key, or null. */
    String get(UUID key);

    /**
     * The texts stored under any of the keys, absent keys left out: one request where the store is
     * remote, instead of one per key ({@link Mapper#prefetch}).
     */
    default Map<UUID, String> getAll(Set<UUID> keys) {
        Map<UUID, String> found = new HashMap<>();
        for (UUID key : keys) {
            String text = get(key);
            if (text != null) {
                found.put(key, text);
            }
        }
        return found;
    }

    /** Stores the text unless the key has one already (a racing mapper found the same mapping). */
    void putIfAbsent(UUID key, String text);
}
