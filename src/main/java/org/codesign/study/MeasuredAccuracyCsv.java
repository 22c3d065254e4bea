package org.codesign.study;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codesign.accuracy.AccuracyCalibration.Observation;
import org.codesign.accuracy.ArchitectureFeatures;
import org.codesign.space.Assignment;
import org.codesign.space.NetworkConfig;
import org.codesign.space.ParamValue;
import org.codesign.space.Parameter;
import org.codesign.space.ParameterSpec;
import org.codesign.space.TemplateSpace;

/**
 * A user's measured accuracies: a CSV whose header names the network space's parameters and
 * {@code top1} (percent). An empty cell takes the parameter's first value (kernels of blocks a
 * stage's depth leaves out, for example). Every error is an IllegalArgumentException
 * "FILE: line N, column C: what is wrong".
 */
public final class MeasuredAccuracyCsv {
    private MeasuredAccuracyCsv() {}

    public static final String TOP1 = "top1";

    public static List<Observation> read(Path file, TemplateSpace<NetworkConfig> space) {
        List<List<String>> lines;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
            try (MappingIterator<List<String>> it =
                    mapper.readerForListOf(String.class).readValues(text)) {
                lines = it.readAll();
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + ": not a readable CSV file (" + e.getMessage() + ")", e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(
                    file + ": empty (expected a header with the space's parameters and " + TOP1 + ")");
        }
        List<String> header = lines.get(0).stream().map(String::trim).toList();
        List<String> expected = new ArrayList<>();
        for (Parameter p : space.design().parameters()) {
            expected.add(p.name());
        }
        expected.add(TOP1);
        for (int c = 0; c < header.size(); c++) {
            if (!expected.contains(header.get(c))) {
                throw new IllegalArgumentException(file + ": line 1, column " + (c + 1) + ": unknown column '"
                        + header.get(c) + "' (expected " + String.join(", ", expected) + ")");
            }
        }
        for (String name : expected) {
            if (!header.contains(name)) {
                throw new IllegalArgumentException(file + ": line 1: column '" + name + "' is missing");
            }
        }
        List<Observation> out = new ArrayList<>();
        for (int r = 1; r < lines.size(); r++) {
            List<String> cells = lines.get(r);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            String at = file + ": line " + (r + 1);
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException(
                        at + ": " + cells.size() + " cells, the header has " + header.size());
            }
            out.add(row(at, header, cells, space, r));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + ": no rows after the header");
        }
        return out;
    }

    private static Observation row(
            String at, List<String> header, List<String> cells, TemplateSpace<NetworkConfig> space, int r) {
        Map<String, ParamValue> values = new LinkedHashMap<>();
        double top1 = Double.NaN;
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            String cell = cells.get(c).trim();
            String where = at + ", column " + (c + 1) + " (" + name + ")";
            if (name.equals(TOP1)) {
                try {
                    top1 = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + ": '" + cell + "' is not a number");
                }
                if (!(top1 > 0 && top1 <= 100)) {
                    throw new IllegalArgumentException(where + ": top-1 must be a percentage in (0, 100], got " + cell);
                }
                continue;
            }
            Parameter p = space.design().parameter(name);
            if (cell.isEmpty()) {
                values.put(name, p.value(0));
                continue;
            }
            ParameterSpec spec = space.template().spec(name);
            try {
                values.put(name, ParamValue.parse(name, spec.kind(), cell));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        NetworkConfig config;
        ArchitectureFeatures features;
        try {
            config = space.template().decode(new Assignment(values));
            features = ArchitectureFeatures.of(config);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
        }
        return new Observation("measured", "line " + (r + 1), "", features, top1);
    }
}
