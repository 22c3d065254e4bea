package org.codesign.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codesign.cost.timeloop.TimeloopArchitectures;
import org.codesign.space.HardwareConfig;
import org.codesign.space.ParamValue;
import org.codesign.space.Parameter;
import org.codesign.space.TimeloopHardwareConfig;

/**
 * Checks a study's imported Timeloop architectures before a run: every folder of the hardware
 * space and the fixed hardware read as Timeloop input, and every attribute parameter names a
 * component of them, so a bad file is reported once (file, line, YAML path) instead of failing
 * the run's first evaluation.
 */
public final class ImportedArchitectures {
    private ImportedArchitectures() {}

    /** What is wrong with the study's imported architectures (empty when none or all read). */
    public static List<String> problems(Study study, Path studyFolder) {
        List<String> problems = new ArrayList<>();
        List<TimeloopHardwareConfig> configs = new ArrayList<>();
        if (study.hardwareSpace().template().name().equals(TimeloopHardwareConfig.TEMPLATE)
                && study.hardwareSpace().validate().isEmpty()) {
            List<Parameter> params = study.hardwareSpace().design().parameters();
            Map<String, Double> first = new LinkedHashMap<>();
            List<String> folders = new ArrayList<>();
            for (Parameter p : params) {
                if (p.name().equals("architecture")) {
                    p.values().forEach(v -> folders.add(v.label()));
                } else if (p.values().get(0) instanceof ParamValue.Int i) {
                    first.put(p.name(), (double) i.value());
                } else if (p.values().get(0) instanceof ParamValue.Decimal d) {
                    first.put(p.name(), d.value());
                }
            }
            folders.forEach(f -> configs.add(new TimeloopHardwareConfig(f, first)));
        }
        HardwareConfig fixed = study.fixedHardware();
        if (fixed instanceof TimeloopHardwareConfig t) {
            configs.add(t);
        }
        for (TimeloopHardwareConfig c : configs) {
            try {
                TimeloopArchitectures.build(c, studyFolder);
            } catch (IllegalArgumentException e) {
                String m = e.getMessage();
                if (!problems.contains(m)) {
                    problems.add(m);
                }
            }
        }
        return problems;
    }
}
