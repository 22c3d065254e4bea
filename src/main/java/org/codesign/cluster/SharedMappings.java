package org.codesign.cluster;

import com.hazelcast.map.IMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.codesign.cost.mapper.MappingStore;

/**
 * The mapper's cache shared by the cluster: a distributed map from a digest of layer shape ×
 * architecture (16 bytes, cheap for the map to hash) to mapping text. A worker looks up a design's
 * new shapes in one {@code getAll} and publishes the shapes it searched when its task ends, in one
 * asynchronous {@code setAll}: a request per shape
 * cost more CPU than a small layer's search (BENCHMARKS.md, "Evaluation on a cluster"). Writing
 * over a racing worker's entry is harmless: a shape's mapping is a pure function of its key.
 */
final class SharedMappings implements MappingStore {
    static final String MAP = "codesign-mappings";

    private final IMap<UUID, String> map;
    private final LongAdder gets = new LongAdder();
    private final LongAdder found = new LongAdder();
    private final LongAdder published = new LongAdder();
    /** Searched here, not yet published. */
    private final Map<UUID, String> pending = new ConcurrentHashMap<>();

    SharedMappings(IMap<UUID, String> map) {
        this.map = map;
    }

    @Override
    public String get(UUID key) {
        gets.increment();
        String text = map.get(key);
        if (text != null) {
            found.increment();
        }
        return text;
    }

    @Override
    public Map<UUID, String> getAll(Set<UUID> keys) {
        gets.add(keys.size());
        Map<UUID, String> texts = map.getAll(keys);
        found.add(texts.size());
        return texts;
    }

    /** Held until {@link #publish}. */
    @Override
    public void putIfAbsent(UUID key, String text) {
        published.increment();
        pending.put(key, text);
    }

    /** Sends what this member searched since the last call, without waiting (end of a task). */
    void publish() {
        Map<UUID, String> batch = new HashMap<>();
        for (UUID key : pending.keySet()) {
            String text = pending.remove(key);
            if (text != null) {
                batch.put(key, text);
            }
        }
        if (!batch.isEmpty()) {
            map.setAllAsync(batch);
        }
    }

    /** What this member asked the map and told it: where a worker's mapping cost goes (ClusterBench). */
    Traffic traffic() {
        return new Traffic(gets.sum(), found.sum(), published.sum());
    }

    /**
     * @param gets lookups of shapes this member's mapper had not seen
     * @param found lookups another mapper had answered (no search)
     * @param published shapes this member searched and published
     */
    record Traffic(long gets, long found, long published) {
        Traffic plus(Traffic o) {
            return new Traffic(gets + o.gets, found + o.found, published + o.published);
        }

        Traffic minus(Traffic o) {
            return new Traffic(gets - o.gets, found - o.found, published - o.published);
        }
    }
}
