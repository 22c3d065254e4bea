package org.codesign.ui.points;

import static org.assertj.core.api.Assertions.assertThat;

import org.codesign.study.RunPoints;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.ClassLayout;

/** The point store holds one entry per point of the study: it must stay 24 bytes (issue 12). */
class PointEntryLayoutTest {
    static {
        // JOL reads a record's field offsets (RunPoints' blocks are records) only this way
        System.setProperty("jol.magicFieldOffset", "true");
    }

    @Test
    void anEntryIsTwentyFourBytes() {
        assertThat(ClassLayout.parseClass(PointEntry.class).instanceSize()).isEqualTo(24);
    }

    @Test
    void positionAndParetoFlagShareAnIntWithoutTouchingEachOther() {
        PointEntry e = new PointEntry("run-1", RunPoints.EMPTY, 0);
        e.setPareto(true);
        e.setPosition(1_000_000_000);
        assertThat(e.pareto()).isTrue();
        assertThat(e.position()).isEqualTo(1_000_000_000);
        e.setPareto(false);
        assertThat(e.position()).isEqualTo(1_000_000_000);
        e.setPosition(7);
        e.setPareto(true);
        assertThat(e.position()).isEqualTo(7);
        assertThat(e.pareto()).isTrue();
        assertThat(e.runId()).isEqualTo("run-1");
    }
}
