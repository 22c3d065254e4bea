package org.codesign.cost.mapper;

/**
 * A store of best mappings shared beyond one {@link Mapper} (a cluster's distributed map), so a
 * layer shape is mapped once wherever it is needed. Keys and values are text ({@link MappingText}):
 * the store never holds objects of this package.
 */
public interface MappingStore {

    /** The text stored under the key, or null. */
    String get(String key);

    /** Stores the text unless the key has one already (a racing mapper found the same mapping). */
    void putIfAbsent(String key, String text);
}
