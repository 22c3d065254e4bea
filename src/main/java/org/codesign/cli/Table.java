package org.codesign.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns (numbers right-aligned). */
final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; it must have one cell per column (a missing header would silently drop a column). */
    Table row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(
                    "table row has " + cells.length + " cells for " + header.size() + " columns " + header);
        }
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(String.valueOf(c));
        }
        rows.add(row);
        return this;
    }

    String render() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, widths, false);
        for (int i = 0; i < widths.length; i++) {
            sb.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        sb.append('\n');
        rows.forEach(r -> line(sb, r, widths, true));
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] widths, boolean alignNumbers) {
        for (int i = 0; i < widths.length; i++) {
            String c = cells.get(i);
            boolean numeric = alignNumbers && c.matches("[-+]?[\\d,.]+( × 10\\^\\d+)?%?");
            String pad = " ".repeat(widths[i] - c.length());
            sb.append(i == 0 ? "" : "  ").append(numeric ? pad + c : (i == widths.length - 1 ? c : c + pad));
        }
        sb.append('\n');
    }
}
