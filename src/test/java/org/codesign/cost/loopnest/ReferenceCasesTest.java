package org.codesign.cost.loopnest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Timeloop reference run: counts and cycles exact, energy and area within 0.5 %. */
class ReferenceCasesTest {
    private static final double ENERGY_TOLERANCE = 0.005;

    static Stream<Path> cases() {
        return ReferenceCases.files().stream();
    }

    @Test
    void thereAreReferenceCases() {
        assertFalse(ReferenceCases.files().isEmpty(), "no reference cases in " + ReferenceCases.directory());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTimeloop(Path file) {
        MappingCase c = ReferenceCases.read(file);
        assertTrue(c.hasExpected(), file + " has no expected block");
        Analysis a = LoopNestAnalyzer.analyze(c.problem(), c.architecture(), c.mapping());
        JsonNode e = c.expected();
        List<String> errors = new ArrayList<>();
        exact(errors, "macs", e.get("macs").asLong(), a.macs());
        exact(errors, "cycles", e.get("cycles").asLong(), a.cycles());
        close(errors, "energyPJ", e.get("energyPJ").asDouble(), a.energyPJ());
        close(errors, "areaUm2", e.get("areaUm2").asDouble(), a.areaUm2());
        close(errors, "computeEnergyPJ", e.get("computeEnergyPJ").asDouble(), a.computeEnergyPJ());
        double printedUtil = e.get("utilization").asDouble();
        if (Math.abs(printedUtil - a.utilization()) > 0.00005 + 1e-9) {
            errors.add("utilization: expected " + printedUtil + " got " + a.utilization());
        }
        if (e.has("leakageEnergyPJ")) {
            close(errors, "leakageEnergyPJ", e.get("leakageEnergyPJ").asDouble(), a.leakageEnergyPJ());
        }
        int rows = 0;
        for (JsonNode r : e.get("levels")) {
            String level = r.get("level").asText();
            Tensor t = Tensor.parse("tensor", r.get("tensor").asText());
            TensorLevelStats s = a.stats(level, t);
            String at = level + "." + t + ".";
            if (s == null) {
                errors.add(at + ": missing from the analysis");
                continue;
            }
            rows++;
            exact(errors, at + "utilizedInstances", r.get("utilizedInstances").asLong(), s.utilizedInstances());
            exact(errors, at + "utilizedCapacity", r.get("utilizedCapacity").asLong(), s.utilizedCapacity());
            exact(errors, at + "readsPerInstance", r.get("readsPerInstance").asLong(), s.readsPerInstance());
            exact(errors, at + "fillsPerInstance", r.get("fillsPerInstance").asLong(), s.fillsPerInstance());
            exact(errors, at + "updatesPerInstance", r.get("updatesPerInstance").asLong(), s.updatesPerInstance());
            if (r.has("utilizedClusters")) {
                exact(errors, at + "utilizedClusters", r.get("utilizedClusters").asLong(), s.utilizedClusters());
            }
            if (r.has("partitionSize")) {
                exact(errors, at + "partitionSize", r.get("partitionSize").asLong(), s.partitionSize());
            }
            close(errors, at + "energyPJ", r.get("energyPJ").asDouble(), s.energyPJ());
        }
        assertEquals(a.levels().size(), rows, "the analysis has rows the reference does not");
        if (e.has("levelStats")) {
            for (JsonNode r : e.get("levelStats")) {
                String level = r.get("level").asText();
                LevelStats ls = a.levelStats().stream()
                        .filter(x -> x.level().equals(level))
                        .findFirst()
                        .orElse(null);
                assertNotNull(ls, level);
                exact(errors, level + ".cycles", r.get("cycles").asLong(), ls.cycles());
                if (Math.abs(r.get("bandwidthThrottling").asDouble() - ls.bandwidthThrottling()) > 0.005) {
                    errors.add(level + ".bandwidthThrottling: expected " + r.get("bandwidthThrottling") + " got "
                            + ls.bandwidthThrottling());
                }
                if (r.get("leakageEnergyPJ").asDouble() > 1) {
                    close(
                            errors,
                            level + ".leakageEnergyPJ",
                            r.get("leakageEnergyPJ").asDouble(),
                            ls.leakageEnergyPJ());
                }
            }
        }
        assertTrue(errors.isEmpty(), file.getFileName() + ":\n  " + String.join("\n  ", errors));
    }

    private static void exact(List<String> errors, String what, long expected, long actual) {
        if (expected != actual) {
            errors.add(what + ": expected " + expected + " got " + actual);
        }
    }

    private static void close(List<String> errors, String what, double expected, double actual) {
        double rel = expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
        if (rel > ENERGY_TOLERANCE && Math.abs(actual - expected) > 0.01) {
            errors.add(what + ": expected " + expected + " got " + actual + String.format(" (%.3f%%)", 100 * rel));
        }
    }
}
