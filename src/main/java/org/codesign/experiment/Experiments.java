package org.codesign.experiment;

import java.util.List;

/** The experiments, one per sample that reproduces a published comparison. */
public final class Experiments {
    private Experiments() {}

    public static List<Experiment> all() {
        return List.of(
                EdgeGpuDvfsExperiment.SPEC,
                AcceleratorDataflowExperiment.SPEC,
                NasAcceleratorJointExperiment.SPEC,
                TeaDnnExperiment.SPEC,
                ClassroomExperiment.SPEC,
                DosaEdpExperiment.SPEC);
    }

    public static List<String> names() {
        return all().stream().map(Experiment::name).toList();
    }

    /**
     * The experiment of a sample name.
     *
     * @throws IllegalArgumentException starting with "NAME:" for an unknown name, listing the known ones
     */
    public static Experiment byName(String name) {
        for (Experiment e : all()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        for (Experiment e : all()) {
            for (String sample : e.samples()) {
                if (sample.equals(name) || sample.equals(name + ".codesign.json")) {
                    return e;
                }
            }
        }
        throw new IllegalArgumentException(
                "NAME: no experiment '" + name + "' (one of " + String.join(", ", names()) + ")");
    }
}
