package org.codesign.study;

import java.util.ArrayList;
import java.util.List;
import org.codesign.eval.Constraint;
import org.codesign.eval.Objective;
import org.codesign.space.CodesignSpace;
import org.codesign.space.HardwareConfig;
import org.codesign.space.NetworkConfig;
import org.codesign.space.TemplateSpace;

/**
 * A study: the two spaces, the objectives and constraints, the model settings, the fixed
 * sides used by the network-only and hardware-only modes, and the runs with their points.
 * Immutable; edits return a new study.
 *
 * @param fixedNetwork the network of hardware-only runs (null: none chosen)
 * @param fixedHardware the hardware of network-only and sequential runs (null: none chosen)
 */
public record Study(
        String name,
        String description,
        TemplateSpace<NetworkConfig> networkSpace,
        TemplateSpace<HardwareConfig> hardwareSpace,
        List<Objective> objectives,
        List<Constraint> constraints,
        ModelSettings model,
        NetworkConfig fixedNetwork,
        HardwareConfig fixedHardware,
        List<RunRecord> runs) {

    /** The study file format this version writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    public Study {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: missing");
        }
        description = description == null ? "" : description;
        if (networkSpace == null) {
            throw new IllegalArgumentException("networkSpace: missing");
        }
        if (hardwareSpace == null) {
            throw new IllegalArgumentException("hardwareSpace: missing");
        }
        objectives = List.copyOf(objectives);
        checkObjectives(objectives);
        constraints = List.copyOf(constraints);
        model = model == null ? ModelSettings.DEFAULTS : model;
        runs = List.copyOf(runs);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (ids.contains(runs.get(i).id())) {
                throw new IllegalArgumentException(
                        "runs[" + i + "]: the run id '" + runs.get(i).id() + "' is used twice");
            }
            ids.add(runs.get(i).id());
        }
    }

    /** Two or three distinct metrics (the hypervolume is exact in 2D and 3D). */
    public static void checkObjectives(List<Objective> objectives) {
        if (objectives.size() < 2 || objectives.size() > 3) {
            throw new IllegalArgumentException("objectives: choose two or three objectives, got " + objectives.size());
        }
        for (int i = 0; i < objectives.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (objectives.get(i).metric() == objectives.get(j).metric()) {
                    throw new IllegalArgumentException("objectives[" + i + "]: "
                            + objectives.get(i).metric().key() + " is already an objective");
                }
            }
        }
    }

    public CodesignSpace space() {
        return new CodesignSpace(networkSpace, hardwareSpace);
    }

    public Study withSpaces(TemplateSpace<NetworkConfig> network, TemplateSpace<HardwareConfig> hardware) {
        return new Study(
                name,
                description,
                network,
                hardware,
                objectives,
                constraints,
                model,
                fixedNetwork,
                fixedHardware,
                runs);
    }

    public Study withObjectives(List<Objective> newObjectives, List<Constraint> newConstraints) {
        return new Study(
                name,
                description,
                networkSpace,
                hardwareSpace,
                newObjectives,
                newConstraints,
                model,
                fixedNetwork,
                fixedHardware,
                runs);
    }

    public Study withFixed(NetworkConfig network, HardwareConfig hardware) {
        return new Study(
                name,
                description,
                networkSpace,
                hardwareSpace,
                objectives,
                constraints,
                model,
                network,
                hardware,
                runs);
    }

    public Study withRuns(List<RunRecord> newRuns) {
        return new Study(
                name,
                description,
                networkSpace,
                hardwareSpace,
                objectives,
                constraints,
                model,
                fixedNetwork,
                fixedHardware,
                newRuns);
    }

    public Study withName(String newName) {
        return new Study(
                newName,
                description,
                networkSpace,
                hardwareSpace,
                objectives,
                constraints,
                model,
                fixedNetwork,
                fixedHardware,
                runs);
    }

    public Study withModel(ModelSettings newModel) {
        return new Study(
                name,
                description,
                networkSpace,
                hardwareSpace,
                objectives,
                constraints,
                newModel,
                fixedNetwork,
                fixedHardware,
                runs);
    }

    /** Replaces the run with the same id, or appends it. */
    public Study withRun(RunRecord run) {
        List<RunRecord> list = new ArrayList<>(runs);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(run.id())) {
                list.set(i, run);
                return withRuns(list);
            }
        }
        list.add(run);
        return withRuns(list);
    }
}
