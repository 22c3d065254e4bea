package org.codesign.cost.loopnest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One mapping file: a layer, an architecture, a mapping and, when the file has one, the
 * {@code expected} block (kept as JSON so every number in it can be compared).
 */
public record MappingCase(
        String name, ConvProblem problem, Architecture architecture, Mapping mapping, JsonNode expected) {

    public boolean hasExpected() {
        return expected != null && expected.isObject();
    }
}
