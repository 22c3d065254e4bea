package org.codesign.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codesign.cost.timeloop.TimeloopArchitectures;
import org.codesign.cost.timeloop.TimeloopLayerShapes;
import org.codesign.space.HardwareConfig;
import org.codesign.space.ParamValue;
import org.codesign.space.Parameter;
import org.codesign.space.TimeloopHardwareConfig;
import org.codesign.space.TimeloopLayersConfig;

/**
 * Checks a study's imported Timeloop files before a run: every problem folder of the network
 * space and the fixed network reads as Timeloop problems, every folder of the hardware space and
 * the fixed hardware reads as Timeloop input, and every attribute parameter names a
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
        List<TimeloopLayersConfig> networks = new ArrayList<>();
        if (study.networkSpace().template().name().equals(TimeloopLayersConfig.TEMPLATE)
                && study.networkSpace().validate().isEmpty()) {
            for (Parameter p : study.networkSpace().design().parameters()) {
                p.values().forEach(v -> networks.add(new TimeloopLayersConfig(v.label())));
            }
        }
        if (study.fixedNetwork() instanceof TimeloopLayersConfig layers) {
            networks.add(layers);
        }
        for (TimeloopLayersConfig n : networks) {
            try {
                TimeloopLayerShapes.build(n, studyFolder);
            } catch (IllegalArgumentException e) {
                if (!problems.contains(e.getMessage())) {
                    problems.add(e.getMessage());
                }
            }
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
