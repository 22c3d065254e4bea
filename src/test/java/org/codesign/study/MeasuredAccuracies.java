package org.codesign.study;

import java.util.ArrayList;
import java.util.List;
import org.codesign.space.Assignment;
import org.codesign.space.NetworkConfig;
import org.codesign.space.Parameter;
import org.codesign.space.TemplateSpace;
import org.codesign.workload.PublishedTables;

/** Measured-accuracy CSVs for the calibration tests of the CLI and the window. */
public final class MeasuredAccuracies {
    private MeasuredAccuracies() {}

    /**
     * "Measured" accuracies: OFA's published subnets trained from scratch, which the shared data's
     * README puts about 2 points below the published (fine-tuned) numbers; one column per
     * parameter of {@code space}, then top1.
     */
    public static String fromScratchCsv(TemplateSpace<NetworkConfig> space) {
        List<String> names = new ArrayList<>();
        for (Parameter p : space.design().parameters()) {
            names.add(p.name());
        }
        StringBuilder csv = new StringBuilder(String.join(",", names)).append(",top1\n");
        Assignment fallback = space.design().decode(new int[space.design().genomeLength()]);
        for (PublishedTables.OfaRow r : PublishedTables.ofaSubnets()) {
            Assignment a = space.template().assign(r.config(), fallback);
            List<String> cells = new ArrayList<>();
            for (String n : names) {
                cells.add(a.get(n).label());
            }
            csv.append(String.join(",", cells)).append(',').append(r.top1() - 2).append('\n');
        }
        return csv.toString();
    }

    /** {@link #fromScratchCsv} with line 4's first cell replaced by a word: a bad cell at line 4, column 1. */
    public static String withBadCell(TemplateSpace<NetworkConfig> space) {
        String[] lines = fromScratchCsv(space).split("\n");
        lines[3] = lines[3].replaceFirst("^[^,]*", "wide");
        return String.join("\n", lines);
    }
}
