package org.codesign.workload;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.codesign.space.ProxylessOfaConfig;

/**
 * OFA's sixteen specialised ProxylessNAS subnets with their exact architectures and published
 * figures, from {@code docs/data/ofa_proxyless_subnets.csv} (provenance in the README beside it).
 */
public final class ProxylessSubnets {
    private ProxylessSubnets() {}

    public static final Path CSV = Path.of("docs", "data", "ofa_proxyless_subnets.csv");

    /** One row: the net's id, the README's short name, published top-1, params and MACs. */
    public record Row(String id, String name, double top1, double paramsM, double macsM, ProxylessOfaConfig config) {}

    public static List<Row> all() {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Row> out = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it =
                new CsvMapper().readerFor(Map.class).with(schema).readValues(Files.readString(CSV))) {
            for (Map<String, String> r : it.readAll()) {
                List<Integer> depths = new ArrayList<>();
                for (String d : r.get("depths").split(";")) {
                    depths.add(Integer.parseInt(d.trim()));
                }
                ProxylessOfaConfig config = new ProxylessOfaConfig(
                        Integer.parseInt(r.get("image_size")), depths, perBlock(r.get("ks")), perBlock(r.get("e")));
                out.add(new Row(
                        r.get("net_id"),
                        r.get("readme_name"),
                        Double.parseDouble(r.get("top1")),
                        Double.parseDouble(r.get("params_M")),
                        Double.parseDouble(r.get("MACs_M")),
                        config));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(CSV.toString(), e);
        }
        return out;
    }

    public static Row named(String name) {
        return all().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("name: no subnet " + name + " in " + CSV));
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
}
