package org.codesign.space;

import java.util.ArrayList;
import java.util.List;

/** Cross-parameter checks shared by the accelerator templates. */
final class HardwareChecks {
    private HardwareChecks() {}

    static List<String> technologyNodes(DesignSpace space) {
        List<String> problems = new ArrayList<>();
        for (ParamValue v : space.parameter("technologyNm").values()) {
            if (!TechnologyNode.SUPPORTED_NM.contains((int) v.number())) {
                problems.add("technologyNm: " + v.label() + " nm is not covered by the energy tables (one of "
                        + TechnologyNode.SUPPORTED_NM + ")");
            }
        }
        return problems;
    }
}
