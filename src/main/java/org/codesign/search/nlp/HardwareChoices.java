package org.codesign.search.nlp;

import java.util.ArrayList;
import java.util.List;
import org.codesign.cost.relax.HardwareVars;
import org.codesign.cost.relax.SimpleArray;
import org.codesign.space.Dataflow;
import org.codesign.space.HardwareConfig;
import org.codesign.space.ParamValue;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.TemplateSpace;

/**
 * What a spatial-accelerator hardware space offers the relaxation: the dataflows it can relax,
 * per dataflow the fixed array (the smallest register words of the tensors not pinned) and the
 * range of each continuous size, and the legal values that rounding picks from.
 */
public final class HardwareChoices {
    private final TemplateSpace<HardwareConfig> space;
    private final SpatialAcceleratorConfig base;

    public HardwareChoices(TemplateSpace<HardwareConfig> space) {
        if (!(space.decode(new int[space.design().genomeLength()]) instanceof SpatialAcceleratorConfig b)) {
            throw new IllegalArgumentException("algorithm: nlp-local relaxes the spatial-accelerator template, not "
                    + space.template().name());
        }
        this.space = space;
        this.base = b;
        if (dataflows().isEmpty()) {
            throw new IllegalArgumentException("hardwareSpace.dataflow: nlp-local relaxes weight-, output- and "
                    + "input-stationary arrays; the space lists none of them");
        }
    }

    public TemplateSpace<HardwareConfig> space() {
        return space;
    }

    /** The dataflows of the space the relaxed model covers. */
    public List<Dataflow> dataflows() {
        List<Dataflow> out = new ArrayList<>();
        for (ParamValue v : space.design().parameter("dataflow").values()) {
            Dataflow d = Dataflow.parse(v.label());
            if (SimpleArray.supports(d)) {
                out.add(d);
            }
        }
        return out;
    }

    public SimpleArray array(Dataflow d) {
        return new SimpleArray(
                d,
                base.technologyNm(),
                base.wordBits(),
                base.dramType(),
                (int) values("peWeightRfWords")[0],
                (int) values("peInputRfWords")[0],
                (int) values("pePsumRfWords")[0]);
    }

    /** The listed values of one continuous size, ascending. */
    public double[] values(Dataflow d, int hardwareVar) {
        return values(parameterOf(array(d), hardwareVar));
    }

    public HardwareRange range(Dataflow d) {
        double[] lo = new double[HardwareVars.COUNT];
        double[] hi = new double[HardwareVars.COUNT];
        for (int i = 0; i < HardwareVars.COUNT; i++) {
            double[] v = values(d, i);
            lo[i] = v[0];
            hi[i] = v[v.length - 1];
        }
        return HardwareRange.ofSizes(lo, hi);
    }

    /** The hardware genes of a configuration with these listed sizes. */
    public int[] genes(SimpleArray array, double[] sizes) {
        SpatialAcceleratorConfig c = array.config(
                (int) sizes[HardwareVars.ROWS],
                (int) sizes[HardwareVars.COLS],
                (int) sizes[HardwareVars.SPAD],
                (int) sizes[HardwareVars.GLB],
                sizes[HardwareVars.CLOCK]);
        return space.encode(c);
    }

    private static String parameterOf(SimpleArray array, int hardwareVar) {
        return switch (hardwareVar) {
            case HardwareVars.ROWS -> "peRows";
            case HardwareVars.COLS -> "peCols";
            case HardwareVars.SPAD ->
                switch (array.pinned()) {
                    case W -> "peWeightRfWords";
                    case I -> "peInputRfWords";
                    case O -> "pePsumRfWords";
                };
            case HardwareVars.GLB -> "globalBufferKiB";
            default -> "clockMHz";
        };
    }

    private double[] values(String parameter) {
        return space.design().parameter(parameter).values().stream()
                .mapToDouble(ParamValue::number)
                .sorted()
                .toArray();
    }
}
