package org.codesign.ui.study;

import java.util.List;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.EdgeGpuDevice;
import org.codesign.space.ParamValue;
import org.codesign.space.Parameter;
import org.codesign.space.TemplateSpace;
import org.codesign.space.ValueLists;

/**
 * Choosing another board in an edge-GPU space brings the board's DVFS levels along: the old
 * board's levels would each be wrong for it, one message per level (25 for a Xavier's). The
 * space template is the better home for this rule (core, not edited here).
 */
final class BoardLevels {
    static final String DEVICE = "device";

    private BoardLevels() {}

    /** The space with {@code device} set to {@code values} and, for one known board, its levels. */
    static TemplateSpace<?> withDevice(TemplateSpace<?> space, List<ParamValue> values) {
        TemplateSpace<?> next = space.withParameter(new Parameter(DEVICE, values));
        if (!EdgeGpuConfig.TEMPLATE.equals(space.template().name()) || values.size() != 1) {
            return next;
        }
        EdgeGpuDevice board;
        try {
            board = EdgeGpuDevice.byId(values.get(0).label());
        } catch (IllegalArgumentException unknown) {
            return next; // the space's own check says so
        }
        return next.withParameter(new Parameter("gpuFreqMHz", ValueLists.decimals(board.gpuFreqsMHz())))
                .withParameter(new Parameter("cpuFreqMHz", ValueLists.decimals(board.cpuFreqsMHz())))
                .withParameter(new Parameter("emcFreqMHz", ValueLists.decimals(board.emcFreqsMHz())));
    }
}
