package org.codesign.cost.timeloop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.space.TimeloopLayersConfig;
import org.codesign.workload.Layer;
import org.codesign.workload.LayerKind;
import org.codesign.workload.Network;

/**
 * Builds the network of a {@link TimeloopLayersConfig}: each {@code .yaml} file directly in its
 * folder, in name order, is one Timeloop problem read as {@code analyze --timeloop} reads one
 * ({@link ProblemYaml}: CONV-7D or renamed dimensions, strides from the input projection), and
 * becomes one layer named after its file. A problem with groups of one input and one output
 * channel is depthwise, a 1×1 filter on a 1×1 map fully connected, another 1×1 filter pointwise;
 * a problem has no bias, so the layer has none. A file that is no problem is an error naming the
 * file, the line and the YAML path ({@link TimeloopInputException}).
 */
public final class TimeloopLayerShapes {
    private TimeloopLayerShapes() {}

    /** Networks by folder, read again when a file changes (a search builds the same network often). */
    private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(List<FileTime> stamps, Network network) {}

    /**
     * @throws TimeloopInputException when a file cannot be read as a Timeloop problem
     * @throws IllegalArgumentException when the folder is missing or holds no problem
     */
    public static Network build(TimeloopLayersConfig config, Path studyFolder) {
        Path folder = studyFolder.resolve(config.folder()).toAbsolutePath().normalize();
        List<Path> files = files(config.folder(), folder);
        List<FileTime> stamps = new ArrayList<>();
        for (Path f : files) {
            try {
                stamps.add(Files.getLastModifiedTime(f));
            } catch (IOException e) {
                throw new TimeloopInputException(f, 0, "", "cannot read the file: " + e.getMessage());
            }
        }
        Cached cached = CACHE.get(folder);
        if (cached != null && cached.stamps().equals(stamps)) {
            return cached.network();
        }
        List<Layer> layers = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            TimeloopSpec spec = TimeloopSpec.read(List.of(f));
            ConvProblem p = ProblemYaml.read(spec.top("problem", "the layer: shape and instance"), name)
                    .problem();
            layers.add(layer(name, p));
        }
        Network network = new Network(config.folder(), layers);
        CACHE.put(folder, new Cached(stamps, network));
        return network;
    }

    static Layer layer(String name, ConvProblem p) {
        boolean depthwise = p.g() > 1 && p.c() == 1 && p.m() == 1;
        boolean oneByOne = p.r() == 1 && p.s() == 1;
        LayerKind kind = depthwise
                ? LayerKind.DEPTHWISE
                : oneByOne && p.p() == 1 && p.q() == 1 ? LayerKind.FC : oneByOne ? LayerKind.POINTWISE : LayerKind.CONV;
        return new Layer(
                name,
                kind,
                p.n(),
                p.c() * p.g(),
                p.m() * p.g(),
                p.p(),
                p.q(),
                p.r(),
                p.s(),
                p.strideH(),
                p.strideW(),
                p.g(),
                0);
    }

    private static List<Path> files(String given, Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(
                    "folder: no such folder: " + given + " (" + folder + "), the Timeloop problems of the layers");
        }
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> out = s.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
            if (out.isEmpty()) {
                throw new IllegalArgumentException("folder: " + given + " holds no .yaml problem files");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("folder: cannot list " + given + ": " + e.getMessage());
        }
    }
}
