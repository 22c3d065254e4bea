package org.codesign.cost.timeloop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the writer's YAML looks to readers other than ours: tags, quoting and numbers. */
class TimeloopWriterTest {
    /** YAML 1.1's int and float patterns (yaml.org/type/int, yaml.org/type/float), as PyYAML resolves them. */
    private static final Pattern YAML11_NUMBER =
            Pattern.compile("[-+]?(0|[1-9][0-9_]*)|[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+][0-9]+)?");

    @TempDir
    Path dir;

    @Test
    void architectureNodesCarryTimeloopsLocalTagsAndNoDocumentMarker() throws IOException {
        Architecture arch = TimeloopReader.read(
                        TimeloopCases.exampleDesigns().get(0).inputs())
                .architecture();
        String yaml = TimeloopWriter.architecture(arch, java.util.Set.of(1));
        assertThat(yaml)
                .startsWith("architecture:\n")
                .contains("\n  - !Container\n    name: system\n")
                .contains("\n  - !Component\n    name: " + arch.storage().get(0).name() + "\n")
                .doesNotContain("!<")
                .doesNotContain("---");
        YamlDocument doc = read("arch.yaml", yaml);
        assertThat(doc.tag("architecture.nodes[0]")).isEqualTo("Container");
        assertThat(doc.tag("architecture.nodes[1]")).isEqualTo("Component");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1e5", "0x1F", "1_000", ".inf", "1.10", "12", "yes", "N", "null", "~", "conv: 1", "a #b", "- x", " x",
                "it's", "[a]", "*ref", "!t", ""
            })
    void layerNamesThatLookLikeOtherYamlReadBackAsTheSameText(String name) throws IOException {
        String yaml = TimeloopWriter.problem(new ConvProblem(name, 1, 1, 3, 8, 4, 4, 3, 3, 1, 1));
        YamlDocument doc = read("prob.yaml", yaml);
        assertThat(doc.root().at("/problem/shape/name").isTextual()).as(yaml).isTrue();
        assertThat(doc.root().at("/problem/shape/name").asText()).isEqualTo(name);
    }

    @Test
    void plainNamesAndAccelergysQualifiedNamesStayUnquoted() throws IOException {
        Architecture arch = TimeloopReader.read(
                        TimeloopCases.exampleDesigns().get(0).inputs())
                .architecture();
        assertThat(TimeloopWriter.problem(new ConvProblem("features.0.conv", 1, 1, 3, 8, 4, 4, 3, 3, 1, 1)))
                .contains("    name: features.0.conv\n");
        String first = arch.storage().get(0).name();
        assertThat(TimeloopWriter.ert(arch))
                .startsWith("ERT:\n  version: \"0.4\"\n")
                .contains("  - name: system_top_level." + first + "[1..1]\n");
    }

    @ParameterizedTest
    @ValueSource(doubles = {3.0, 0.0, 1e14, 2e-9, 1.0 / 3, 0.1 + 0.2, 1e20, 1.5e15, 4.9e-324, 58.251742795809946})
    void numbersAreYaml11NumbersThatReadBackBitForBit(double v) throws IOException {
        String text = TimeloopYamlOutput.number(v);
        assertThat(text).matches(YAML11_NUMBER);
        try (JsonParser p = new YAMLFactory().createParser("x: " + text)) {
            p.nextToken();
            p.nextToken();
            JsonToken t = p.nextToken();
            assertThat(t)
                    .isEqualTo(
                            v == Math.rint(v) && v < 1e15 ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT);
            assertThat(p.getDoubleValue()).isEqualTo(v);
        }
    }

    @Test
    void everyWrittenNumberIsAYaml11Number() {
        Architecture arch = TimeloopReader.read(
                        TimeloopCases.exampleDesigns().get(1).inputs())
                .architecture();
        for (String yaml :
                List.of(TimeloopWriter.architecture(arch), TimeloopWriter.ert(arch), TimeloopWriter.art(arch))) {
            for (String line : yaml.split("\n")) {
                String value = line.substring(line.indexOf(':') + 1).trim();
                if (line.matches(" *(- )?[a-z_]+: [-+.0-9].*")) {
                    assertThat(value).as(line).matches(YAML11_NUMBER);
                }
            }
        }
    }

    private YamlDocument read(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return YamlDocument.read(file);
    }
}
