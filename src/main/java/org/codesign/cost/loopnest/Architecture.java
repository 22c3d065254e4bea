package org.codesign.cost.loopnest;

import java.util.List;

/**
 * A storage hierarchy, outermost (DRAM) first, above a compute level. A level's children are the
 * next level in the list (the compute level below the last one); the spatial fan-out between a
 * level and its children is childInstances / levelInstances, arranged as a meshX × meshY ratio.
 */
public record Architecture(String name, double clockHz, List<StorageLevel> storage, ComputeLevel compute) {

    public Architecture {
        if (!(clockHz > 0) || Double.isInfinite(clockHz)) {
            throw new IllegalArgumentException("clockHz: must be a positive finite number, got " + clockHz);
        }
        storage = List.copyOf(storage);
        if (storage.isEmpty()) {
            throw new IllegalArgumentException("levels: at least one storage level is needed");
        }
        if (compute == null) {
            throw new IllegalArgumentException("levels: the last level must be the compute level");
        }
        for (int i = 0; i < storage.size(); i++) {
            for (int j = i + 1; j < storage.size(); j++) {
                if (storage.get(i).name().equals(storage.get(j).name())) {
                    throw new IllegalArgumentException(
                            "levels: duplicate level name '" + storage.get(i).name() + "'");
                }
            }
            int childX = i + 1 < storage.size() ? storage.get(i + 1).meshX() : compute.meshX();
            int childY = i + 1 < storage.size() ? storage.get(i + 1).meshY() : compute.meshY();
            StorageLevel level = storage.get(i);
            if (childX % level.meshX() != 0 || childY % level.meshY() != 0) {
                throw new IllegalArgumentException(level.name() + ".meshX: the children's mesh " + childX + "×" + childY
                        + " is not a multiple of this level's mesh " + level.meshX() + "×" + level.meshY());
            }
        }
        for (Tensor t : Tensor.values()) {
            boolean kept = storage.stream().anyMatch(l -> l.keeps(t));
            if (!kept) {
                throw new IllegalArgumentException("levels: no level keeps tensor " + t);
            }
        }
    }

    public int indexOf(String levelName) {
        for (int i = 0; i < storage.size(); i++) {
            if (storage.get(i).name().equals(levelName)) {
                return i;
            }
        }
        return -1;
    }

    /** Spatial fan-out along X between storage level {@code i} and its children. */
    public int fanoutX(int i) {
        int childX = i + 1 < storage.size() ? storage.get(i + 1).meshX() : compute.meshX();
        return childX / storage.get(i).meshX();
    }

    public int fanoutY(int i) {
        int childY = i + 1 < storage.size() ? storage.get(i + 1).meshY() : compute.meshY();
        return childY / storage.get(i).meshY();
    }

    public double areaUm2() {
        double area = compute.instances() * compute.areaUm2();
        for (StorageLevel l : storage) {
            area += l.instances() * l.areaUm2();
        }
        return area;
    }

    /** A key identifying everything the analysis depends on (for caches). */
    public String key() {
        return toString();
    }
}
