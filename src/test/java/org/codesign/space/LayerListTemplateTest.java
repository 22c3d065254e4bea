package org.codesign.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerListTemplateTest {
    private final SpaceTemplate<NetworkConfig> template = Templates.network("layers");

    @Test
    void aSpaceOfFilesDecodesAndEncodesEachFile() {
        TemplateSpace<NetworkConfig> space = new TemplateSpace<>(
                template,
                new DesignSpace(List.of(new Parameter(
                        "file",
                        ValueLists.options("samples/networks/resnet18.json", "samples/networks/mobilenet_v2.json")))));
        assertEquals(List.of(), space.validate());
        assertEquals(BigInteger.TWO, space.size());
        NetworkConfig second = space.decode(new int[] {1});
        assertEquals(new LayerListConfig("samples/networks/mobilenet_v2.json"), second);
        assertEquals("layers", second.template());
        assertEquals(224, second.resolution());
        assertTrue(java.util.Arrays.equals(new int[] {1}, space.encode(second)));
    }

    @Test
    void anyReadableFileIsAValidOptionAndABadOneIsExplained(@TempDir Path dir) throws IOException {
        Path own = dir.resolve("own.json");
        Files.writeString(
                own,
                "{\"name\": \"own\", \"input\": [3, 8, 8], \"layers\": ["
                        + "{\"name\": \"c\", \"op\": \"conv\", \"out\": 4, \"kernel\": 3}]}");
        Path missing = dir.resolve("missing.json");
        DesignSpace design = new DesignSpace(List.of(
                new Parameter("file", ValueLists.options(own.toString(), missing.toString())),
                new Parameter("resolution", ValueLists.ints(224))));
        assertEquals(
                List.of(
                        "file: no such file: " + missing + " (" + missing.toAbsolutePath() + ")",
                        "resolution: unknown parameter for template layers"),
                template.validate(design).stream().sorted().toList());
    }
}
