/**
 * Timeloop's and Accelergy's files read into the loop-nest model ({@code org.codesign.cost.loopnest}).
 *
 * <p>{@link org.codesign.cost.timeloop.TimeloopSpec} reads YAML files (tags and lines kept, see
 * {@link org.codesign.cost.timeloop.YamlDocument}) and merges them by top-level key;
 * {@link org.codesign.cost.timeloop.TimeloopReader} turns architecture, problem, mapping, ERT and
 * ART into a {@link org.codesign.cost.timeloop.TimeloopCase} (a loop-nest {@code Architecture},
 * {@code ConvProblem} and {@code Mapping}, plus Timeloop's flattened level list
 * {@link org.codesign.cost.timeloop.ArchLevel} for tools that need the original names);
 * {@link org.codesign.cost.timeloop.TimeloopStats} reads a stats file and
 * {@link org.codesign.cost.timeloop.StatsCheck} compares an analysis with it. Every input error
 * is a {@link org.codesign.cost.timeloop.TimeloopInputException} with file, line and YAML path.
 */
package org.codesign.cost.timeloop;
