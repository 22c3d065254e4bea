package org.codesign.space;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GenomeProperties {

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.of(
                "mbv3-ofa",
                "proxyless-ofa",
                "mobilenet-v2",
                "resnet",
                "edge-gpu-dvfs",
                "spatial-accelerator",
                "systolic");
    }

    @Property(tries = 300)
    void decodeThenEncodeThenDecodeIsStable(@ForAll("templates") String name, @ForAll long seed) {
        TemplateSpace<?> space = spaceOf(name);
        int[] genome = randomGenome(space.design().cardinalities(), seed);
        roundTrip(space, genome);
    }

    private static <C> void roundTrip(TemplateSpace<C> space, int[] genome) {
        C config = space.decode(genome);
        assertEquals(config, space.decode(space.encode(config)));
    }

    private static TemplateSpace<?> spaceOf(String name) {
        return Templates.networkTemplates().stream().anyMatch(t -> t.name().equals(name))
                ? TemplateSpace.defaults(Templates.network(name))
                : TemplateSpace.defaults(Templates.hardware(name));
    }

    private static int[] randomGenome(int[] cardinalities, long seed) {
        java.util.Random r = new java.util.Random(seed);
        int[] g = new int[cardinalities.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = r.nextInt(cardinalities[i]);
        }
        return g;
    }
}
