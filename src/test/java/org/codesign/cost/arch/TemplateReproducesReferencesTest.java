package org.codesign.cost.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.MappingCase;
import org.codesign.cost.loopnest.ReferenceCases;
import org.codesign.cost.loopnest.StorageLevel;
import org.codesign.space.Dataflow;
import org.codesign.space.DramType;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.SystolicConfig;
import org.junit.jupiter.api.Test;

/**
 * The spatial-accelerator template, given the parameters of each reference architecture,
 * reproduces the reference's levels: same names, keeps, capacities and blocks, per-word read,
 * write and update energies within 1 % and areas within 1 % (the 45 nm references exactly, the
 * 32 nm one within the spread of the technology factor), MAC energy and area within 1 %.
 */
class TemplateReproducesReferencesTest {
    private static final double ENERGY_TOLERANCE = 0.01;
    private static final double AREA_TOLERANCE = 0.01;

    static SpatialAcceleratorConfig eyeriss(int nm) {
        return new SpatialAcceleratorConfig(
                Dataflow.ROW_STATIONARY, 12, 14, 384, 24, 16, 128, DramType.LPDDR4, 1000, nm, 8);
    }

    static SpatialAcceleratorConfig simple(Dataflow df) {
        int w = df == Dataflow.WEIGHT_STATIONARY ? 192 : 1;
        int o = df == Dataflow.OUTPUT_STATIONARY ? 192 : 1;
        return new SpatialAcceleratorConfig(df, 16, 16, w, 1, o, 128, DramType.LPDDR4, 1000, 45, 16);
    }

    @Test
    void eyerissLike32nm() {
        compare("eyeriss_like_default_32nm.json", eyeriss(32));
    }

    @Test
    void eyerissLike45nm() {
        compare("eyeriss_vgg_conv3_1_45nm_intmac.json", eyeriss(45));
    }

    @Test
    void simpleWeightStationary() {
        compare("simple_ws_default_45nm.json", simple(Dataflow.WEIGHT_STATIONARY));
    }

    @Test
    void simpleOutputStationary() {
        compare("simple_os_default_45nm.json", simple(Dataflow.OUTPUT_STATIONARY));
    }

    private static void compare(String file, SpatialAcceleratorConfig config) {
        Path p = ReferenceCases.directory().resolve(file);
        MappingCase ref = ReferenceCases.read(p);
        Architecture want = ref.architecture();
        Architecture got =
                SpatialAcceleratorArchitecture.build(config).orElseThrow().architecture();
        assertEquals(want.storage().size(), got.storage().size(), "levels");
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < want.storage().size(); i++) {
            StorageLevel w = want.storage().get(i);
            StorageLevel g = got.storage().get(i);
            String at = file + " " + w.name() + ".";
            eq(errors, at + "name", w.name(), g.name());
            eq(errors, at + "keeps", w.keeps(), g.keeps());
            eq(errors, at + "instances", w.instances(), g.instances());
            eq(errors, at + "capacityWords", w.capacityWords(), g.capacityWords());
            eq(errors, at + "blockWords", w.blockWords(), g.blockWords());
            eq(errors, at + "wordBits", w.wordBits(), g.wordBits());
            eq(errors, at + "fanout", w.fanout(), g.fanout());
            near(errors, at + "readEnergyPJPerWord", w.readEnergyPJ(), g.readEnergyPJ(), ENERGY_TOLERANCE);
            near(errors, at + "writeEnergyPJPerWord", w.writeEnergyPJ(), g.writeEnergyPJ(), ENERGY_TOLERANCE);
            near(errors, at + "updateEnergyPJPerWord", w.updateEnergyPJ(), g.updateEnergyPJ(), ENERGY_TOLERANCE);
            near(errors, at + "areaUm2", w.areaUm2(), g.areaUm2(), AREA_TOLERANCE);
            eq(errors, at + "readBandwidth", w.readBandwidth(), g.readBandwidth());
        }
        near(
                errors,
                file + " mac energy",
                want.compute().energyPJ(),
                got.compute().energyPJ(),
                ENERGY_TOLERANCE);
        near(errors, file + " mac area", want.compute().areaUm2(), got.compute().areaUm2(), AREA_TOLERANCE);
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    private static void eq(List<String> errors, String what, Object want, Object got) {
        if (!want.equals(got)) {
            errors.add(what + ": reference " + want + ", template " + got);
        }
    }

    private static void near(List<String> errors, String what, double want, double got, double tol) {
        double rel = want == 0 ? Math.abs(got) : Math.abs(got - want) / want;
        if (rel > tol) {
            errors.add(String.format("%s: reference %.5f, template %.5f (%.2f %%)", what, want, got, 100 * rel));
        }
    }

    @Test
    void wordWidthsOutsideTheTablesAreInfeasibleNotGuessed() {
        SpatialAcceleratorConfig c = new SpatialAcceleratorConfig(
                Dataflow.WEIGHT_STATIONARY, 4, 4, 16, 1, 1, 64, DramType.LPDDR4, 500, 45, 64);
        String reason = assertInstanceOf(DesignOutcome.Unsupported.class, SpatialAcceleratorArchitecture.build(c))
                .reason();
        assertTrue(reason.startsWith("wordBits: word width of 64 bits"), reason);
    }

    @Test
    void technologyScalingOrdersTheNodes() {
        double e32 = SpatialAcceleratorArchitecture.build(eyeriss(32))
                .orElseThrow()
                .architecture()
                .storage()
                .get(1)
                .readEnergyPJ();
        double e45 = SpatialAcceleratorArchitecture.build(eyeriss(45))
                .orElseThrow()
                .architecture()
                .storage()
                .get(1)
                .readEnergyPJ();
        double e65 = SpatialAcceleratorArchitecture.build(eyeriss(65))
                .orElseThrow()
                .architecture()
                .storage()
                .get(1)
                .readEnergyPJ();
        assertTrue(e32 < e45 && e45 < e65);
        double a45 = SpatialAcceleratorArchitecture.build(eyeriss(45))
                .orElseThrow()
                .architecture()
                .areaUm2();
        double a65 = SpatialAcceleratorArchitecture.build(eyeriss(65))
                .orElseThrow()
                .architecture()
                .areaUm2();
        assertEquals(1 / 0.66, a65 / a45, 1e-9);
    }

    @Test
    void sramEnergyAndAreaFollowTheBackgroundFigures() {
        // docs/BACKGROUND.md, "Reference figures": 45 nm 128 KiB SRAM, 64-bit read 32.34 pJ,
        // write 26.12 pJ, ≈ 3,360 µm²/KiB; 8 KiB ≈ 5,450 µm²/KiB; 32 nm 128 KiB read 18.18 pJ
        Component big = EnergyTables.sram(128 * 1024 * 8, 64, 45);
        assertEquals(32.34, big.readPJ(), 0.01);
        assertEquals(26.12, big.writePJ(), 0.01);
        assertEquals(3360, big.areaUm2() / 128, 30);
        assertEquals(5450, EnergyTables.sram(8 * 1024 * 8, 64, 45).areaUm2() / 8, 1);
        assertEquals(18.18, EnergyTables.sram(128 * 1024 * 8, 64, 32).readPJ(), 0.02);
        assertEquals(0.315, EnergyTables.mac(8, 45).readPJ(), 1e-12);
        assertEquals(0.2077, EnergyTables.mac(8, 32).readPJ(), 0.001);
        assertEquals(0.144, EnergyTables.register(16, 45).readPJ(), 1e-12);
        assertEquals(8 * 16, EnergyTables.dramWordPJ(DramType.LPDDR4, 16), 1e-12);
    }

    @Test
    void systolicTemplateBuildsAThrottledEdgeTpuLikeArray() {
        SystolicConfig c = new SystolicConfig(8, 8, 4, 512, 8.0, DramType.LPDDR4, 800, 45, 8);
        Architecture a = SystolicArchitecture.build(c).orElseThrow().architecture();
        assertEquals(8 * 8 * 4, a.compute().instances());
        // 8 GB/s at 800 MHz with 1-byte words: 10 words per cycle
        assertEquals(10.0, a.storage().get(0).sharedBandwidth(), 1e-9);
        assertEquals(512L * 1024, a.storage().get(1).capacityWords());
        assertEquals(4, a.fanoutX(2));
    }
}
