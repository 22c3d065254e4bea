package org.codesign.cost.timeloop;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import org.codesign.cost.loopnest.FanoutContainers;
import org.codesign.cost.loopnest.StorageLevel;
import org.codesign.cost.loopnest.Tensor;

/**
 * A storage component's figures as Timeloop derives them from its attributes: word bits
 * ({@code datawidth}), cluster size ({@code cluster_size}, default 1), block size
 * ({@code block_size}, else {@code width} ÷ (datawidth × cluster size)), capacity in words
 * ({@code depth} × block size; unbounded for DRAM), bandwidths in words per cycle, multiple
 * buffering; and per word the ERT's read, write and update energies ÷ block size, the ERT's leak
 * per cycle and the ART's area. Older attribute spellings ({@code word-bits}, {@code block-size},
 * {@code entries}) are read too.
 */
final class StorageFigures {
    private StorageFigures() {}

    static StorageLevel level(ArchLevel l, Set<Tensor> keeps, FanoutContainers layout, AccelergyTables tables) {
        boolean dram = l.className().toLowerCase(Locale.ROOT).contains("dram");
        int wordBits = (int) integer(l, 1, "datawidth", "word-bits", "word_bits");
        int cluster = has(l, "cluster_size", "cluster-size") ? (int) integer(l, 1, "cluster_size", "cluster-size") : 1;
        int block;
        if (has(l, "block_size", "block-size")) {
            block = (int) integer(l, 1, "block_size", "block-size");
        } else {
            long width = integer(l, 1, "width", "memory_width");
            if (width % ((long) wordBits * cluster) != 0) {
                throw l.where()
                        .error("width " + width + " is not a multiple of datawidth " + wordBits
                                + (cluster > 1 ? " × cluster_size " + cluster : ""));
            }
            block = (int) (width / ((long) wordBits * cluster));
        }
        long capacity;
        if (dram) {
            capacity = StorageLevel.UNBOUNDED;
        } else if (has(l, "entries", "size")) {
            capacity = integer(l, 1, "entries", "size");
        } else {
            capacity = integer(l, 1, "depth", "memory_depth") * block;
        }
        double read = tables.energy(l.name(), "read", l.where());
        double write = tables.energy(l.name(), "write", l.where());
        double update = tables.energy(l.name(), "update", l.where());
        double leak = tables.energy(l.name(), "leak", l.where());
        if (Double.isNaN(read)) {
            throw tables.tableNode(l.name()).error("no 'read' action for storage level '" + l.name() + "'");
        }
        write = Double.isNaN(write) ? (Double.isNaN(update) ? read : update) : write;
        update = Double.isNaN(update) ? write : update;
        leak = Double.isNaN(leak) ? 0.0 : leak;
        try {
            return new StorageLevel(
                    l.name(),
                    l.instances(),
                    l.meshX(),
                    l.meshY(),
                    keeps,
                    wordBits,
                    block,
                    capacity,
                    read / block,
                    write / block,
                    update / block,
                    leak,
                    tables.area(l.name()),
                    bandwidth(l, "read_bandwidth", "read-bandwidth"),
                    bandwidth(l, "write_bandwidth", "write-bandwidth"),
                    bandwidth(l, "shared_bandwidth", "shared-bandwidth"),
                    cluster,
                    has(l, "multiple_buffering", "multiple-buffering")
                            ? number(l, "multiple_buffering", "multiple-buffering")
                            : 1.0,
                    layout);
        } catch (IllegalArgumentException e) {
            throw l.where().error(e.getMessage());
        }
    }

    private static boolean has(ArchLevel l, String... names) {
        for (String n : names) {
            JsonNode v = l.attributes().get(n);
            if (v != null && !v.isNull()) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode find(ArchLevel l, String... names) {
        for (String n : names) {
            JsonNode v = l.attributes().get(n);
            if (v != null && !v.isNull()) {
                return v;
            }
        }
        throw l.where().error("missing attribute '" + names[0] + "' of " + l.className() + " '" + l.name() + "'");
    }

    private static double number(ArchLevel l, String... names) {
        JsonNode v = find(l, names);
        if (v.isNumber()) {
            return v.asDouble();
        }
        try {
            return Double.parseDouble(v.asText().trim());
        } catch (NumberFormatException e) {
            throw l.where().error("attribute '" + names[0] + "' must be a number, got '" + v.asText() + "'");
        }
    }

    private static long integer(ArchLevel l, long min, String... names) {
        double d = number(l, names);
        if (d != Math.rint(d) || d < min || d > 9.0e15) {
            throw l.where().error("attribute '" + names[0] + "' must be an integer >= " + min + ", got " + d);
        }
        return (long) d;
    }

    private static double bandwidth(ArchLevel l, String... names) {
        if (!has(l, names)) {
            return Double.POSITIVE_INFINITY;
        }
        double d = number(l, names);
        return d > 0 ? d : Double.POSITIVE_INFINITY;
    }
}
