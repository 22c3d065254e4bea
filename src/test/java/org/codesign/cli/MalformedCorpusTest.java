package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the malformed corpus ({@link MalformedCorpus}) goes through the real CLI and is
 * refused with exit code 2 and one message that names the file and the field, never a trace.
 */
class MalformedCorpusTest {
    private static final String NETWORK = "samples/configs/mobilenet-v2-0.75-192.json";

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String kind : MalformedCorpus.KINDS) {
            for (String line :
                    Files.readAllLines(MalformedCorpus.ROOT.resolve(kind).resolve("expected.tsv"))) {
                if (!line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    cases.add(Arguments.of(kind, parts[0], parts[1]));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("corpus")
    void isRefusedWithALocatedMessage(String kind, String file, String fragment) {
        String path = MalformedCorpus.ROOT.resolve(kind).resolve(file).toString();
        CliRunner.Result r = CliRunner.run(command(kind, path));
        String output = r.out() + r.err();
        assertThat(r.exitCode()).as(output).isEqualTo(CodesignCli.BAD_INPUT);
        assertThat(r.err()).contains(file);
        assertThat(Arrays.stream(fragment.split("\\|")).anyMatch(r.err()::contains))
                .as("'%s' in: %s", fragment, r.err())
                .isTrue();
        assertThat(output).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
        assertThat(r.err().lines().filter(l -> l.contains(file)).count())
                .as(r.err())
                .isEqualTo(1);
    }

    private static String[] command(String kind, String path) {
        return switch (kind) {
            case "study" -> new String[] {"validate", path};
            case "network" -> new String[] {"evaluate", "--network", path};
            case "hardware" -> new String[] {"evaluate", "--network", NETWORK, "--hardware", path};
            case "accuracy" -> new String[] {"evaluate", "--network", NETWORK, "--accuracy-model", path};
            case "mapping" -> new String[] {"analyze", path};
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @Test
    void everyFileHasAnExpectedMessage() throws IOException {
        int total = 0;
        for (String kind : MalformedCorpus.KINDS) {
            Path folder = MalformedCorpus.ROOT.resolve(kind);
            List<String> listed = Files.readAllLines(folder.resolve("expected.tsv")).stream()
                    .filter(l -> !l.startsWith("#"))
                    .map(l -> l.split("\t")[0])
                    .sorted()
                    .toList();
            try (Stream<Path> files = Files.list(folder)) {
                List<String> present = files.map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals("expected.tsv") && !n.equals("support"))
                        .sorted()
                        .toList();
                assertThat(listed).as(kind).containsExactlyElementsOf(present);
            }
            total += listed.size();
        }
        assertThat(total).isGreaterThanOrEqualTo(250);
    }
}
