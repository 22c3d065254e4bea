package org.codesign.cost.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.codesign.cost.arch.AcceleratorDesign;
import org.codesign.space.Dataflow;
import org.junit.jupiter.api.Test;

/** Mappers sharing a store (a cluster's map) map a layer shape once, and agree to the last bit. */
class MapperSharingTest {
    /** A store that counts what was published. */
    static final class MapStore implements MappingStore {
        final Map<String, String> map = new ConcurrentHashMap<>();

        @Override
        public String get(String key) {
            return map.get(key);
        }

        @Override
        public void putIfAbsent(String key, String text) {
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
