package org.codesign.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.codesign.space.LayerListConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerListBuilderTest {
    @TempDir
    Path dir;

    private LayerListConfig write(String... layers) throws IOException {
        Path file = dir.resolve("net.json");
        Files.writeString(
                file,
                "{\"name\": \"tiny\", \"top1\": 50.5, \"input\": [4, 16, 16], \"layers\": [" + String.join(",", layers)
                        + "]}");
        return new LayerListConfig(file.toString());
    }

    @Test
    void computeEntriesBecomeLayersOfTheRightKind() throws IOException {
        Network net = NetworkBuilder.build(write(
                "{\"name\": \"stem\", \"op\": \"conv\", \"out\": 8, \"kernel\": 3, \"padding\": 1, \"bn\": true}",
                "{\"name\": \"grouped\", \"op\": \"conv\", \"out\": 8, \"kernel\": 3, \"padding\": 1, \"groups\": 2}",
                "{\"name\": \"dw\", \"op\": \"depthwise\", \"kernel\": 3, \"stride\": 2, \"padding\": 1, \"bias\": true}",
                "{\"name\": \"pool\", \"op\": \"avgpool\", \"kernel\": 2}",
                "{\"name\": \"pw\", \"op\": \"conv\", \"out\": 16, \"kernel\": 1}",
                "{\"name\": \"gap\", \"op\": \"adaptiveavgpool\", \"size\": 1}",
                "{\"name\": \"fc\", \"op\": \"fc\", \"in\": 16, \"out\": 10}"));
        assertEquals("tiny", net.name());
        assertEquals(
                List.of(
                        new Layer("stem", LayerKind.CONV, 1, 4, 8, 16, 16, 3, 3, 1, 1, 1, 2),
                        new Layer("grouped", LayerKind.CONV, 1, 8, 8, 16, 16, 3, 3, 1, 1, 2, 0),
                        new Layer("dw", LayerKind.DEPTHWISE, 1, 8, 8, 8, 8, 3, 3, 2, 2, 8, 1),
                        new Layer("pw", LayerKind.POINTWISE, 1, 8, 16, 4, 4, 1, 1, 1, 1, 1, 0),
                        new Layer("fc", LayerKind.FC, 1, 16, 10, 1, 1, 1, 1, 1, 1, 1, 1)),
                net.layers());
        // 4·8·9·256 + 8·4·9·256 + 8·9·64 + 8·16·16 + 16·10
        assertEquals(73_728 + 73_728 + 4_608 + 2_048 + 160, net.macs());
    }

    /** A standalone batch norm counts 2 parameters per channel, with the layers that made the channels. */
    @Test
    void standaloneBatchNormIsCountedWithItsProducers() throws IOException {
        Network net = NetworkBuilder.build(write(
                "{\"name\": \"a\", \"op\": \"conv\", \"out\": 8, \"kernel\": 1}",
                "{\"name\": \"b\", \"op\": \"conv\", \"out\": 4, \"kernel\": 1}",
                "{\"name\": \"cat\", \"op\": \"concat\", \"inputs\": [\"a\", \"b\"]}",
                "{\"name\": \"norm\", \"op\": \"batchnorm\"}",
                "{\"name\": \"pool\", \"op\": \"maxpool\", \"kernel\": 2}",
                "{\"name\": \"norm2\", \"op\": \"batchnorm\"}"));
        assertEquals(
                List.of(4, 4),
                net.layers().stream().map(Layer::affinePerChannel).toList());
        long weights = 4 * 8 + 8 * 4;
        assertEquals(weights + 2 * 2 * 12, net.params()); // two norms over 12 channels
    }

    @Test
    void aNetworkWithoutComputeLayersIsRefused() throws IOException {
        LayerListConfig config = write("{\"name\": \"pool\", \"op\": \"maxpool\", \"kernel\": 2}");
        String m = assertThrows(IllegalArgumentException.class, () -> NetworkBuilder.build(config))
                .getMessage();
        assertTrue(m.endsWith("net.json: the network has no conv, depthwise or fc layer, so nothing to cost"), m);
    }
}
