package org.codesign.workload;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.codesign.space.MbV3OfaConfig;
import org.codesign.space.ResNetConfig;

/**
 * The published tables under {@code ../shared/data/} (resolved from the repository root), or
 * their copies in the test resources ({@code /shared-data/}) when the shared folder is absent.
 */
public final class PublishedTables {
    private PublishedTables() {}

    private static final Path SHARED = Path.of("..", "shared", "data");
    private static final String RESOURCES = "/shared-data/";

    /** A MobileNetV1 or V2 row of the TF-Slim tables. */
    public record MobileNetRow(double widthMult, int resolution, double macsM, double paramsM, double top1) {}

    /** A MnasNet-A1 row. */
    public record MnasNetRow(int resolution, double depthMult, double top1, double paramsM, double macsM) {}

    /** An Once-for-All subnet with its exact architecture. */
    public record OfaRow(
            String id,
            int resolution,
            double top1,
            double paramsM,
            double macsM,
            int finetuneEpochs,
            MbV3OfaConfig config) {}

    /** A torchvision ResNet. */
    public record ResNetRow(String model, double top1, long params, double macsG, ResNetConfig config) {}

    /** The text of a shared data file, {@code relative} to the data folder (e.g. {@code accuracy/x.csv}). */
    public static String text(String relative) {
        Path shared = SHARED.resolve(relative);
        try {
            if (Files.isRegularFile(shared)) {
                return Files.readString(shared, StandardCharsets.UTF_8);
            }
            try (InputStream in = PublishedTables.class.getResourceAsStream(RESOURCES + relative)) {
                if (in == null) {
                    throw new IllegalStateException("data file " + relative + ": neither " + shared.toAbsolutePath()
                            + " nor the test resource " + RESOURCES + relative + " exists");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("data file " + relative, e);
        }
    }

    /** The rows of a CSV file with a header line, as column name → cell text. */
    public static List<Map<String, String>> rows(String relative) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it =
                mapper.readerFor(Map.class).with(schema).readValues(text(relative))) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("data file " + relative, e);
        }
    }

    public static List<MobileNetRow> mobileNetV2() {
        return mobileNet("accuracy/mobilenet_v2_tf_slim.csv");
    }

    public static List<MobileNetRow> mobileNetV1() {
        return mobileNet("accuracy/mobilenet_v1_tf_slim.csv");
    }

    private static List<MobileNetRow> mobileNet(String file) {
        List<MobileNetRow> out = new ArrayList<>();
        for (Map<String, String> r : rows(file)) {
            out.add(new MobileNetRow(
                    num(r, "width_mult"),
                    (int) num(r, "resolution"),
                    num(r, "MACs_M"),
                    num(r, "params_M"),
                    num(r, "top1")));
        }
        return out;
    }

    public static List<MnasNetRow> mnasNetA1() {
        List<MnasNetRow> out = new ArrayList<>();
        for (Map<String, String> r : rows("accuracy/mnasnet_a1.csv")) {
            out.add(new MnasNetRow(
                    (int) num(r, "resolution"),
                    num(r, "depth_mult"),
                    num(r, "top1"),
                    num(r, "params_M"),
                    num(r, "MAdds_M")));
        }
        return out;
    }

    public static List<OfaRow> ofaSubnets() {
        List<OfaRow> out = new ArrayList<>();
        for (Map<String, String> r : rows("accuracy/ofa_mbv3_subnets.csv")) {
            String supernet = r.get("supernet");
            double width = Double.parseDouble(supernet.substring(supernet.lastIndexOf('w') + 1));
            int resolution = (int) num(r, "image_size");
            List<Integer> depths = new ArrayList<>();
            for (String d : r.get("depths").split(";")) {
                depths.add(Integer.parseInt(d.trim()));
            }
            MbV3OfaConfig config =
                    new MbV3OfaConfig(width, resolution, depths, perBlock(r.get("ks")), perBlock(r.get("e")));
            out.add(new OfaRow(
                    r.get("net_id"),
                    resolution,
                    num(r, "top1"),
                    num(r, "params_M"),
                    num(r, "MACs_M"),
                    (int) num(r, "finetune_epochs"),
                    config));
        }
        return out;
    }

    /** "3,3|5,3,7" → [[3,3],[5,3,7]]. */
    private static List<List<Integer>> perBlock(String text) {
        List<List<Integer>> stages = new ArrayList<>();
        for (String stage : text.split("\\|")) {
            List<Integer> values = new ArrayList<>();
            for (String v : stage.split(",")) {
                values.add(Integer.parseInt(v.trim()));
            }
            stages.add(values);
        }
        return stages;
    }

    public static List<ResNetRow> resNets() {
        List<ResNetRow> out = new ArrayList<>();
        for (Map<String, String> r : rows("accuracy/resnet_torchvision.csv")) {
            String model = r.get("model");
            out.add(new ResNetRow(
                    model,
                    num(r, "top1"),
                    Long.parseLong(r.get("params").trim()),
                    num(r, "macs_G"),
                    resNetConfig(model)));
        }
        return out;
    }

    /** The resnet-template configuration of a torchvision ResNet name at 224×224. */
    public static ResNetConfig resNetConfig(String model) {
        return switch (model) {
            case "resnet18" -> new ResNetConfig(ResNetConfig.Block.BASIC, List.of(2, 2, 2, 2), 1.0, 224);
            case "resnet34" -> new ResNetConfig(ResNetConfig.Block.BASIC, List.of(3, 4, 6, 3), 1.0, 224);
            case "resnet50" -> new ResNetConfig(ResNetConfig.Block.BOTTLENECK, List.of(3, 4, 6, 3), 1.0, 224);
            case "resnet101" -> new ResNetConfig(ResNetConfig.Block.BOTTLENECK, List.of(3, 4, 23, 3), 1.0, 224);
            case "resnet152" -> new ResNetConfig(ResNetConfig.Block.BOTTLENECK, List.of(3, 8, 36, 3), 1.0, 224);
            default -> throw new IllegalArgumentException("model: unknown ResNet " + model);
        };
    }

    private static double num(Map<String, String> row, String column) {
        String cell = row.get(column);
        if (cell == null) {
            throw new IllegalStateException("column " + column + " missing in " + row);
        }
        return Double.parseDouble(cell.trim());
    }
}
