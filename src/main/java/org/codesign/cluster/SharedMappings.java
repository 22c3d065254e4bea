package org.codesign.cluster;

import com.hazelcast.map.IMap;
import org.codesign.cost.mapper.MappingStore;

/** The mapper's cache shared by the cluster: a distributed map from layer shape × architecture to mapping text. */
final class SharedMappings implements MappingStore {
    static final String MAP = "codesign-mappings";

    private final IMap<String, String> map;

    SharedMappings(IMap<String, String> map) {
        this.map = map;
    }

    @Override
    public String get(String key) {
        return map.get(key);
    }

    @Override
    public void putIfAbsent(String key, String text) {
        map.putIfAbsent(key, text);
    }
}
