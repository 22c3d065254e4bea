package org.codesign.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Stream;
import org.codesign.space.LayerListConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled torchvision layer lists against torchvision's published counts. */
class TorchvisionNetworksTest {

    static Stream<TorchvisionNetworks.Reference> references() throws IOException {
        return TorchvisionNetworks.references().stream();
    }

    /** MACs (conv + linear, torchvision's "_ops") and parameters within 1 % of torchvision's figures. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void countsMatchTorchvision(TorchvisionNetworks.Reference r) {
        LayerListConfig config = new LayerListConfig("samples/networks/" + r.model() + ".json");
        Network net = NetworkBuilder.build(config);
        double macsError = net.macs() / (r.gmacs() * 1e9) - 1;
        double paramsError = (double) net.params() / r.params() - 1;
        System.out.printf(
                java.util.Locale.ROOT,
                "| %s | %.4f | %.3f | %+.2f %% | %,d | %,d | %+.3f %% |%n",
                r.model(),
                net.macs() / 1e9,
                r.gmacs(),
                100 * macsError,
                net.params(),
                r.params(),
                100 * paramsError);
        assertTrue(Math.abs(macsError) <= 0.01, r.model() + " MACs " + net.macs() + " vs " + r.gmacs() + " G");
        assertTrue(Math.abs(paramsError) <= 0.01, r.model() + " params " + net.params() + " vs " + r.params());
        // torchvision's parameter counts are exact integers; ours (batch norm and biases included) match them.
        assertEquals(r.params(), net.params(), r.model() + " params");
        assertEquals(r.model(), net.name());
        assertEquals(r.top1(), config.definition().top1(), 1e-9);
    }

    /** The committed files are exactly what the generator writes (regenerate after changing it). */
    @Test
    void bundledFilesAreGenerated() throws IOException {
        Map<String, String> generated = TorchvisionNetworks.generateAll();
        assertEquals(17, generated.size());
        for (Map.Entry<String, String> e : generated.entrySet()) {
            String committed =
                    Files.readString(TorchvisionNetworks.DIR.resolve(e.getKey() + ".json"), StandardCharsets.UTF_8);
            assertEquals(e.getValue(), committed, e.getKey() + ".json differs from the generator's output");
        }
    }
}
