package org.codesign.cost.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.codesign.cost.arch.AcceleratorDesign;
import org.codesign.space.Dataflow;
import org.junit.jupiter.api.Test;

/** Mappers sharing a store (a cluster's map) map a layer shape once, and agree to the last bit. */
class MapperSharingTest {
    /** A store that counts what was published, and its lookups. */
    static final class MapStore implements MappingStore {
        final Map<UUID, String> map = new ConcurrentHashMap<>();
        final AtomicInteger gets = new AtomicInteger();
        final List<Set<UUID>> getAlls = new CopyOnWriteArrayList<>();

        @Override
        public String get(UUID key) {
            gets.incrementAndGet();
            return map.get(key);
        }

        @Override
        public Map<UUID, String> getAll(Set<UUID> keys) {
            getAlls.add(Set.copyOf(keys));
            Map<UUID, String> found = new java.util.HashMap<>();
            keys.stream().filter(map::containsKey).forEach(k -> found.put(k, map.get(k)));
            return found;
        }

        @Override
        public void putIfAbsent(UUID key, String text) {
            map.putIfAbsent(key, text);
        }
    }

    @Test
    void aShapeMappedByOneMapperIsTakenFromTheStoreByAnother() {
        AcceleratorDesign d = MapperTest.design(Dataflow.ROW_STATIONARY);
        MapStore store = new MapStore();
        Mapper first = new Mapper().sharing(store);
        Mapper second = new Mapper().sharing(store);
        MapResult found = first.map(MapperTest.CONV, d.architecture(), d.constraints(), MappingObjective.EDP)
                .orElseThrow();
        MapResult taken = second.map(MapperTest.CONV, d.architecture(), d.constraints(), MappingObjective.EDP)
                .orElseThrow();

        assertThat(store.map).hasSize(1);
        assertThat(first.sharedHits()).isZero();
        assertThat(second.sharedHits()).isEqualTo(1);
        // the same mapping, analysis (bit for bit), objective and search effort
        assertThat(taken).isEqualTo(found);
        assertThat(taken)
                .isEqualTo(Mapper.search(
                                MapperTest.CONV,
                                d.architecture(),
                                d.constraints(),
                                MappingObjective.EDP,
                                Mapper.DEFAULT_BUDGET)
                        .orElseThrow());
    }

    @Test
    void aPrefetchAsksTheStoreOnceForADesignsNewShapesAndTheMapsThatFollowAskNothing() {
        AcceleratorDesign d = MapperTest.design(Dataflow.ROW_STATIONARY);
        var arch = d.architecture();
        MapStore store = new MapStore();
        MapResult published = new Mapper()
                .sharing(store)
                .map(MapperTest.CONV, arch, d.constraints(), MappingObjective.EDP)
                .orElseThrow();
        store.gets.set(0);

        Mapper mapper = new Mapper().sharing(store);
        mapper.prefetch(
                List.of(MapperTest.CONV, MapperTest.POINTWISE, MapperTest.CONV),
                arch.key(),
                d.constraints(),
                MappingObjective.EDP);
        MapResult conv = mapper.map(MapperTest.CONV, arch, d.constraints(), MappingObjective.EDP)
                .orElseThrow();
        MapResult pointwise = mapper.map(MapperTest.POINTWISE, arch, d.constraints(), MappingObjective.EDP)
                .orElseThrow();

        // one request for the two distinct shapes; the absent one is searched without a lookup
        assertThat(store.getAlls).hasSize(1);
        assertThat(store.getAlls.get(0)).hasSize(2);
        assertThat(store.gets).hasValue(0);
        assertThat(mapper.sharedHits()).isEqualTo(1);
        assertThat(conv).isEqualTo(published);
        assertThat(pointwise)
                .isEqualTo(Mapper.search(
                                MapperTest.POINTWISE,
                                arch,
                                d.constraints(),
                                MappingObjective.EDP,
                                Mapper.DEFAULT_BUDGET)
                        .orElseThrow());
        assertThat(store.map).hasSize(2);

        // shapes the mapper holds are not asked for again
        mapper.prefetch(
                List.of(MapperTest.CONV, MapperTest.POINTWISE), arch.key(), d.constraints(), MappingObjective.EDP);
        assertThat(store.getAlls).hasSize(1);
    }

    @Test
    void theStoreIsKeyedBySixteenBytesAndATextSealedForAnotherKeyIsSearchedAgain() {
        AcceleratorDesign d = MapperTest.design(Dataflow.ROW_STATIONARY);
        MapStore store = new MapStore();
        MapResult found = new Mapper()
                .sharing(store)
                .map(MapperTest.CONV, d.architecture(), d.constraints(), MappingObjective.EDP)
                .orElseThrow();
        assertThat(store.map).hasSize(1);
        // a digest collision: another key's text under this key, with that key's check
        UUID id = store.map.keySet().iterator().next();
        String text = store.map.get(id);
        store.map.put(id, "0#" + text.substring(text.indexOf('#') + 1));

        Mapper second = new Mapper().sharing(store);
        MapResult again = second.map(MapperTest.CONV, d.architecture(), d.constraints(), MappingObjective.EDP)
                .orElseThrow();
        assertThat(second.sharedHits()).isZero();
        assertThat(again).isEqualTo(found);
    }

    @Test
    void digestsOfDistinctKeysDifferAndOpenOnlyTheirOwnSeal() {
        ShapeDigest a = ShapeDigest.of("Key[n=1, c=64]@4000");
        ShapeDigest b = ShapeDigest.of("Key[n=1, c=65]@4000");
        assertThat(a).isEqualTo(ShapeDigest.of("Key[n=1, c=64]@4000"));
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(a.open(a.seal("812;DRAM/P8/X:/Y:"))).isEqualTo("812;DRAM/P8/X:/Y:");
        assertThat(b.open(a.seal("812;DRAM/P8/X:/Y:"))).isNull();
        assertThat(a.open("812;DRAM/P8/X:/Y:")).isNull();
    }

    @Test
    void mappingTextRoundTripsEveryLevelAndLoop() {
        AcceleratorDesign d = MapperTest.design(Dataflow.WEIGHT_STATIONARY);
        for (var p : java.util.List.of(MapperTest.POINTWISE, MapperTest.DEPTHWISE, MapperTest.CONV)) {
            MapResult r = Mapper.search(p, d.architecture(), d.constraints(), MappingObjective.EDP, 500)
                    .orElseThrow();
            String text = MappingText.encode(r);
            assertThat(MappingText.mapping(text)).isEqualTo(r.mapping());
            assertThat(MappingText.evaluations(text)).isEqualTo(r.evaluations());
        }
        String no = MappingText.encode(new MapOutcome.Unmappable("glb: too small"));
        assertThat(MappingText.unmappable(no)).isTrue();
        assertThat(MappingText.reason(no)).isEqualTo("glb: too small");
    }
}
