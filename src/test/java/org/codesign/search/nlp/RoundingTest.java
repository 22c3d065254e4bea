package org.codesign.search.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.codesign.cost.relax.HardwareVars;
import org.codesign.space.Dataflow;
import org.codesign.space.HardwareConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.junit.jupiter.api.Test;

class RoundingTest {
    @Test
    void bracketsAValueByItsListedNeighboursAndClampsAtTheEnds() {
        double[] list = {4, 8, 12, 16};
        assertArrayEquals(new double[] {8, 12}, Rounding.bracket(list, 10), 0);
        assertArrayEquals(new double[] {8}, Rounding.bracket(list, 8), 0);
        assertArrayEquals(new double[] {4}, Rounding.bracket(list, 2), 0);
        assertArrayEquals(new double[] {16}, Rounding.bracket(list, 40), 0);
    }

    @Test
    void keepsTheNearestListedDesignsAndEncodesThemInTheSpace() throws Exception {
        Study study = Samples.load("accelerator-dataflow.codesign.json");
        HardwareChoices choices = new HardwareChoices(study.hardwareSpace());
        assertEquals(
                List.of(Dataflow.WEIGHT_STATIONARY, Dataflow.OUTPUT_STATIONARY, Dataflow.INPUT_STATIONARY),
                choices.dataflows());
        double[] x = new double[HardwareVars.COUNT];
        x[HardwareVars.ROWS] = Math.log(10); // between 8 and 12
        x[HardwareVars.COLS] = Math.log(15.9); // next to 16
        x[HardwareVars.SPAD] = Math.log(16); // output-stationary pins psums: 4, 16, 32
        x[HardwareVars.GLB] = Math.log(100); // between 64 and 108
        x[HardwareVars.CLOCK] = Math.log(390);
        List<Rounding.Rounded> r = Rounding.nearest(choices, Dataflow.OUTPUT_STATIONARY, x, 3);
        assertEquals(3, r.size());
        assertArrayEquals(new double[] {12, 16, 16, 108, 400}, r.get(0).sizes(), 0);
        assertTrue(r.get(0).distance() <= r.get(1).distance()
                && r.get(1).distance() <= r.get(2).distance());
        int[] genes = choices.genes(
                choices.array(Dataflow.OUTPUT_STATIONARY), r.get(0).sizes());
        HardwareConfig back = study.hardwareSpace().decode(genes);
        SpatialAcceleratorConfig c = (SpatialAcceleratorConfig) back;
        assertEquals(Dataflow.OUTPUT_STATIONARY, c.dataflow());
        assertEquals(12, c.peRows());
        assertEquals(16, c.peCols());
        assertEquals(16, c.pePsumRfWords());
        assertEquals(108, c.globalBufferKiB());
        assertEquals(16, c.peWeightRfWords()); // the smallest listed: only the pinned tensor's words are relaxed
    }
}
