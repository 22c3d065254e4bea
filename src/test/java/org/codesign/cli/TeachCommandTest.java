package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code codesign teach}: the handout's PNGs and questions, and clear messages for bad input. */
class TeachCommandTest {
    private static final String SAMPLE = "samples/classroom-small.codesign.json";

    @Test
    void writesAFrontPerGenerationTheGapChartAndAnsweredQuestions(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("handout");
        var r = CliRunner.run("teach", SAMPLE, "--out", out.toString(), "--generations", "4", "--seed", "2");
        assertEquals(0, r.exitCode(), r.err());
        for (String png : new String[] {
            "front-gen-01.png", "front-gen-02.png", "front-gen-03.png", "front-gen-04.png", "hypervolume-gap.png"
        }) {
            BufferedImage image = ImageIO.read(out.resolve(png).toFile());
            assertThat(image).as(png).isNotNull();
            assertThat(image.getWidth()).as(png).isEqualTo(900);
        }
        assertThat(out.resolve("front-gen-05.png")).doesNotExist();
        String md = Files.readString(out.resolve("questions.md"));
        assertThat(md)
                .contains("# NSGA-II on ")
                .contains("codesign teach " + SAMPLE + " --out " + out + " --generations 4 --population 20 --seed 2")
                .contains("How many of generation 3's offspring entered the first front?")
                .contains("**3,780** designs")
                .contains("![generation 4](front-gen-04.png)")
                .contains("## Answers");
        assertThat(md.lines().filter(l -> l.startsWith("- Generation ")).count())
                .as("one sentence per generation")
                .isEqualTo(4);
        assertThat(r.err()).contains("wrote 5 figures");
    }

    @Test
    void badInputNamesTheOptionOrFile(@TempDir Path dir) throws Exception {
        String out = dir.resolve("h").toString();
        var missing = CliRunner.run("teach", dir.resolve("none.codesign.json").toString(), "--out", out);
        assertEquals(CodesignCli.BAD_INPUT, missing.exitCode());
        assertThat(missing.err()).contains("none.codesign.json: no such file").doesNotContain("Exception");

        var few = CliRunner.run("teach", SAMPLE, "--out", out, "--generations", "2");
        assertEquals(CodesignCli.BAD_INPUT, few.exitCode());
        assertThat(few.err()).contains("--generations: at least 3");

        var small = CliRunner.run("teach", SAMPLE, "--out", out, "--population", "3");
        assertEquals(CodesignCli.BAD_INPUT, small.exitCode());
        assertThat(small.err()).contains("--population: at least 4, got 3");

        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        var notFolder = CliRunner.run("teach", SAMPLE, "--out", file.toString());
        assertEquals(CodesignCli.BAD_INPUT, notFolder.exitCode());
        assertThat(notFolder.err()).contains("--out: " + file + " is a file, not a folder");

        Path broken = Files.writeString(dir.resolve("broken.codesign.json"), "{\"formatVersion\": 1,");
        var unreadable = CliRunner.run("teach", broken.toString(), "--out", out);
        assertEquals(CodesignCli.BAD_INPUT, unreadable.exitCode());
        assertThat(unreadable.err()).contains("broken.codesign.json");
    }
}
