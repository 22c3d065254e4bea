package org.codesign.cost.timeloop;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a {@code timeloop-model.stats.txt} or {@code timeloop-mapper.stats.txt} that the
 * check compares: cycles, total energy (the summary's total fJ per compute × computes, finer than
 * its µJ line), the compute level's utilized instances and, per storage level and data space,
 * utilized instances and per-instance scalar reads, fills and updates.
 */
public record TimeloopStats(long cycles, long computes, double energyPJ, long computeInstances, List<Row> rows) {

    public record Row(String level, String dataSpace, long utilizedInstances, long reads, long fills, long updates) {}

    private static final Pattern LEVEL = Pattern.compile("^=== (.+) ===$");
    private static final Pattern DATA_SPACE = Pattern.compile("^    (\\w+):$");
    private static final Pattern FIELD = Pattern.compile("^\\s+(.+?)\\s*[:=]\\s*(\\S+).*$");

    public TimeloopStats {
        rows = List.copyOf(rows);
    }

    public static TimeloopStats read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new TimeloopInputException(file, 0, "", "no such file");
        } catch (MalformedInputException e) {
            throw new TimeloopInputException(file, 0, "", "not a UTF-8 text file");
        } catch (IOException e) {
            throw new TimeloopInputException(file, 0, "", "cannot read: " + e.getMessage());
        }
        return parse(file, lines);
    }

    static TimeloopStats parse(Path file, List<String> lines) {
        List<Row> rows = new ArrayList<>();
        String level = null;
        String space = null;
        long[] cur = null;
        long computeInstances = -1;
        long cycles = -1;
        long computes = -1;
        double fjPerCompute = Double.NaN;
        boolean summary = false;
        boolean perCompute = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m;
            if (line.startsWith("Networks") || line.startsWith("Operational Intensity")) {
                level = null;
                continue;
            }
            if (line.startsWith("Summary Stats")) {
                summary = true;
                level = null;
                continue;
            }
            if (summary) {
                if (line.startsWith("Cycles:")) {
                    cycles = number(file, i, line.substring(7));
                } else if (line.startsWith("Computes =")) {
                    computes = number(file, i, line.substring(10));
                } else if (line.startsWith("fJ/Compute")) {
                    perCompute = true;
                } else if (perCompute && line.trim().startsWith("Total") && line.contains("=")) {
                    fjPerCompute = decimal(file, i, line.substring(line.indexOf('=') + 1));
                }
                continue;
            }
            if ((m = LEVEL.matcher(line)).matches()) {
                level = m.group(1);
                space = null;
                continue;
            }
            if (level == null) {
                continue;
            }
            if ((m = DATA_SPACE.matcher(line)).matches()) {
                space = m.group(1);
                cur = new long[] {-1, -1, -1, -1};
                continue;
            }
            if ((m = FIELD.matcher(line)).matches()) {
                String key = m.group(1);
                if (space == null) {
                    if (key.equals("Utilized instances") && computeInstances < 0) {
                        computeInstances = number(file, i, m.group(2));
                    }
                    continue;
                }
                int slot = switch (key) {
                    case "Utilized instances (max)" -> 0;
                    case "Scalar reads (per-instance)" -> 1;
                    case "Scalar fills (per-instance)" -> 2;
                    case "Scalar updates (per-instance)" -> 3;
                    default -> -1;
                };
                if (slot >= 0) {
                    cur[slot] = number(file, i, m.group(2));
                    if (slot == 3) {
                        rows.add(new Row(level, space, cur[0], cur[1], cur[2], cur[3]));
                    }
                }
            }
        }
        if (cycles < 0 || computes < 0 || Double.isNaN(fjPerCompute)) {
            throw new TimeloopInputException(
                    file,
                    0,
                    "",
                    "not a Timeloop stats file: no summary with 'Cycles:', " + "'Computes =' and the total fJ/Compute");
        }
        return new TimeloopStats(cycles, computes, fjPerCompute * computes / 1000.0, computeInstances, rows);
    }

    private static double decimal(Path file, int line, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new TimeloopInputException(file, line + 1, "", "expected a number, got '" + text.trim() + "'");
        }
    }

    private static long number(Path file, int line, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new TimeloopInputException(file, line + 1, "", "expected a whole number, got '" + text.trim() + "'");
        }
    }
}
