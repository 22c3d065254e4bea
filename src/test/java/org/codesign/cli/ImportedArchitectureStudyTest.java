package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.timeloop.TimeloopCase;
import org.codesign.cost.timeloop.TimeloopCases;
import org.codesign.cost.timeloop.TimeloopDesignFiles;
import org.codesign.cost.timeloop.TimeloopReader;
import org.codesign.eval.Metric;
import org.codesign.space.TimeloopHardwareConfig;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.store.StudyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 5 from the command line: an imported Timeloop architecture is a study's hardware
 * space (the PE mesh and two buffer depths searched) and its fixed hardware; {@code codesign run}
 * searches it, and a point exported back reproduces its latency and energy. A bad file, an
 * attribute of no component and a folder outside the study's exit 2 with what is wrong.
 */
class ImportedArchitectureStudyTest {

    @TempDir
    Path dir;

    private CliRunner.Result run(Path study, String mode, int evaluations) {
        return CliRunner.run(
                "run",
                study.toString(),
                "--algorithm",
                "random",
                "--mode",
                mode,
                "--evaluations",
                Integer.toString(evaluations),
                "--seed",
                "4",
                "--threads",
                "2",
                "--out",
                dir.resolve("out-" + mode).toString(),
                "--save",
                "--quiet");
    }

    @Test
    void aHardwareSpaceOfTimeloopAttributesIsSearchedAndItsPointsExportBack() throws Exception {
        Path study = TimeloopCases.importedArchitectureStudy(dir);
        var r = run(study, "hardware-only", 6);
        assertEquals(0, r.exitCode(), r.err());
        Study s = StudyLoader.load(study);
        RunRecord runRecord = s.runs().get(0);
        assertThat(runRecord.points()).hasSize(6);
        Set<Double> meshes = new HashSet<>();
        for (EvaluatedPoint p : runRecord.points()) {
            assertThat(p.feasible())
                    .as("point %d: %s", p.index(), p.infeasibleReason())
                    .isTrue();
            TimeloopHardwareConfig hw =
                    (TimeloopHardwareConfig) s.space().decode(p.genome()).hardware();
            assertThat(hw.architecture()).isEqualTo("arch");
            meshes.add(hw.attributes().get("PE.meshX") * hw.attributes().get("PE.meshY"));
        }
        assertThat(meshes).as("different PE arrays were tried").hasSizeGreaterThan(1);

        EvaluatedPoint p = runRecord.points().get(0);
        Path out = dir.resolve("exported");
        var e = CliRunner.run("export-timeloop", study.toString(), "--point", "0", "--out", out.toString());
        assertEquals(0, e.exitCode(), e.err());
        TimeloopDesignFiles.Written written = TimeloopDesignFiles.read(out);
        double energyPJ = 0;
        double ms = 0;
        for (int i = 0; i < written.problemFiles().size(); i++) {
            TimeloopCase c = TimeloopReader.read(written.inputs(i));
            Analysis a = LoopNestAnalyzer.analyze(c.problem(), c.architecture(), c.mapping());
            energyPJ += a.energyPJ();
            ms += a.cycles() / c.architecture().clockHz() * 1e3;
        }
        assertEquals(p.metric(Metric.ENERGY), energyPJ * 1e-9, 1e-9 * p.metric(Metric.ENERGY));
        assertEquals(p.metric(Metric.LATENCY), ms, 1e-9 * p.metric(Metric.LATENCY));
    }

    @Test
    void theImportedArchitectureIsTheFixedHardwareOfANetworkOnlyRun() throws Exception {
        Path study = TimeloopCases.importedArchitectureStudy(dir);
        var r = run(study, "network-only", 3);
        assertEquals(0, r.exitCode(), r.err());
        Study s = StudyLoader.load(study);
        for (EvaluatedPoint p : s.runs().get(0).points()) {
            assertThat(p.feasible()).as(p.infeasibleReason()).isTrue();
            assertThat(s.space().decode(p.genome()).hardware())
                    .isEqualTo(new TimeloopHardwareConfig(
                            "arch",
                            java.util.Map.of(
                                    "PE.meshX",
                                    16.0,
                                    "PE.meshY",
                                    16.0,
                                    "shared_glb.depth",
                                    16384.0,
                                    "pe_spad.depth",
                                    192.0)));
            assertThat(p.metric(Metric.LATENCY)).isPositive();
        }
    }

    @Test
    void aBadFileExitsTwoWithItsLineAndYamlPath() throws Exception {
        Path study = TimeloopCases.importedArchitectureStudy(dir);
        Path arch = dir.resolve("arch/arch.yaml");
        Files.writeString(arch, Files.readString(arch).replace("class: smartbuffer_SRAM", "class: sram_deluxe"));
        var r = run(study, "hardware-only", 2);
        assertEquals(2, r.exitCode());
        assertThat(r.err())
                .contains("arch.yaml:25: architecture.nodes[3].class: unknown class 'sram_deluxe'")
                .doesNotContain("\tat ");
    }

    @Test
    void anAttributeOfNoComponentOrAFolderOutsideTheStudyExitsTwo() throws Exception {
        Path study = TimeloopCases.importedArchitectureStudy(dir);
        String text = Files.readString(study);
        Files.writeString(study, text.replace("\"PE.meshX\"", "\"PEX.meshX\""));
        var r = run(study, "hardware-only", 2);
        assertEquals(2, r.exitCode());
        assertThat(r.err()).contains("attributes.PEX.meshX: the architecture has no component or container 'PEX'");

        Files.writeString(study, text.replace("\"architecture\" : [ \"arch\" ]", "\"architecture\" : [ \"../arch\" ]"));
        r = run(study, "hardware-only", 2);
        assertEquals(2, r.exitCode());
        assertThat(r.err()).contains("architecture: '../arch' is outside the study's folder");
    }
}
