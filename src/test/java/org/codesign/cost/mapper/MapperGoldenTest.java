package org.codesign.cost.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the mapper's choices: for every distinct layer shape of mbv3-ofa and ResNet-18 on every
 * accelerator design of the samples ({@link MapperGolden#cases()}), the full mapping (temporal
 * factors and loop order per level, spatial factors per axis), its energy and cycles and the
 * number of evaluations must equal the golden data, which was written from the mapper before it
 * was split into parts. A refactoring must keep them bit-identical.
 *
 * <p>To regenerate the data after a change meant to alter the mapper's choices:
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.cp
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) org.codesign.cost.mapper.MapperGoldenGenerator
 * </pre>
 */
class MapperGoldenTest {

    @Test
    void theMapperChoosesTheGoldenMappings() throws IOException {
        List<String> expected = golden();
        List<String> actual = MapperGolden.lines();
        assertEquals(expected.size(), actual.size(), "cases");
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                diffs.add("expected " + expected.get(i) + "\n     got " + actual.get(i));
            }
        }
        if (!diffs.isEmpty()) {
            fail(diffs.size() + " of " + expected.size() + " cases differ, e.g.\n"
                    + String.join("\n", diffs.subList(0, Math.min(5, diffs.size()))));
        }
    }

    private static List<String> golden() throws IOException {
        try (InputStream in = MapperGoldenTest.class.getResourceAsStream(MapperGolden.RESOURCE)) {
            assertNotNull(in, MapperGolden.RESOURCE);
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .toList();
        }
    }
}
