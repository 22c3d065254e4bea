package org.codesign.cost.mapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the golden data of {@link MapperGoldenTest} from the current mapper (see there for the
 * command). Only regenerate it for a change that is meant to alter the mapper's choices.
 */
public final class MapperGoldenGenerator {
    private MapperGoldenGenerator() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(
                args.length > 0 ? args[0] : "src/test/resources/org/codesign/cost/mapper/" + MapperGolden.RESOURCE);
        List<String> lines = new ArrayList<>();
        lines.add("# design\tobjective\tshape\tevaluations\tenergy pJ\tcycles\tmapping"
                + " (written by MapperGoldenGenerator)");
        lines.addAll(MapperGolden.lines());
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println(lines.size() - 1 + " cases written to " + out);
    }
}
