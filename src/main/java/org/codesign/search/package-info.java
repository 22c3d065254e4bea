/**
 * The generic multi-objective search engine: NSGA-II, local search (multi-start scalarized and
 * Pareto local search), random and exhaustive search over discrete genomes, with a Pareto archive,
 * non-dominated sorting, hypervolume and other indicators, and run control for the GUI and CLI.
 * Nothing here knows about networks or hardware.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.codesign.search.Problem}: {@code cardinalities()} (gene {@code i} takes values
 *       {@code 0..cardinalities()[i]-1}), {@code objectiveCount()}, {@code constraintCount()},
 *       thread-safe deterministic {@code evaluate(int[])}.</li>
 *   <li>{@link org.codesign.search.Evaluation}: objectives (all minimized), violations ({@code >= 0},
 *       0 = satisfied), an optional infeasible reason (counts as infinite violation) and an opaque
 *       payload (e.g. full metrics) the engine carries but never reads.</li>
 *   <li>{@link org.codesign.search.Individual}: genome, evaluation, evaluation index and step.</li>
 * </ul>
 *
 * <h2>Running</h2>
 * A {@link org.codesign.search.SearchRun} takes a problem, an {@link org.codesign.search.AlgorithmConfig}
 * ({@link org.codesign.search.Nsga2Config}, {@link org.codesign.search.LocalSearchConfig},
 * {@link org.codesign.search.RandomSearchConfig}, {@link org.codesign.search.ExhaustiveConfig}) and
 * {@link org.codesign.search.RunSettings} (seed, evaluation budget, threads, archive capacity,
 * hypervolume indicator). Drive it synchronously ({@code step()}, {@code runToEnd()}) or in the
 * background ({@code start()}, {@code startPaused()}, {@code pause()}, {@code resume()},
 * {@code requestStep()}, {@code cancel()}, {@code completion()}). Listeners receive an immutable
 * {@link org.codesign.search.RunSnapshot} after every step on the run's thread: population with ranks
 * and crowding distances, archive, hypervolume, evaluations, elapsed time, the parents and offspring
 * of the step and the points it evaluated. {@code evaluatedPoints()} lists every evaluated point.
 *
 * <p>Reproducibility: all genomes are generated on the run's thread from one seeded generator;
 * only evaluations run in parallel and their results are assembled in batch order. Same seed, same
 * run, whatever the thread count. A genome is evaluated at most once per run (cache hits cost no
 * budget); a population never holds two equal genomes.
 *
 * <p>Resuming: the generator is {@link org.codesign.search.SplitMix} (SplittableRandom's numbers,
 * with a readable state). {@code SearchRun.checkpoint()} returns a
 * {@link org.codesign.search.RunCheckpoint} of the last completed step (points, archive, generator
 * state, counters and the algorithm's {@link org.codesign.search.AlgorithmState}), and
 * {@code new SearchRun(problem, config, settings, checkpoint)} continues it to the same end as an
 * uninterrupted run; {@code search.checkpoint} holds its JSON form.
 *
 * <h2>Wiring a real evaluator</h2>
 * Negate maximized metrics, turn limits into violations, report unbuildable designs as infeasible
 * and keep the full metrics as payload. Do not catch exceptions: a throwing evaluation fails the
 * run with its message ({@link org.codesign.search.RunStatus#FAILED}) instead of becoming a point:
 * <pre>{@code
 * Problem problem = new Problem() {
 *     public int[] cardinalities() { return space.cardinalities(); }
 *     public int objectiveCount() { return 3; }          // -accuracy, latency, power
 *     public int constraintCount() { return 1; }         // power <= 6 W
 *     public Evaluation evaluate(int[] genome) {
 *         DesignEvaluation d = evaluator.evaluate(space.decode(genome));
 *         if (!d.feasible()) {                              // returned, not thrown
 *             return Evaluation.infeasible(d.infeasibleReason(), 3, 1);
 *         }
 *         Metrics m = d.metrics();
 *         return new Evaluation(new double[] {-m.accuracy(), m.latencyMs(), m.powerW()},
 *                 new double[] {Violations.atMost(m.powerW(), 6.0)}, null, m);
 *     }
 * };
 * HypervolumeIndicator hv = HypervolumeIndicator.of(
 *         new double[] {-0.85, 0, 0}, new double[] {-0.60, 100, 10}, 1.1); // bounds in minimized space
 * try (SearchRun run = new SearchRun(problem, Nsga2Config.defaults(),
 *         RunSettings.of(42, 10_000).withHypervolume(hv))) {
 *     run.addListener(s -> store.append(s.newlyEvaluated()));
 *     RunSnapshot end = run.runToEnd();
 *     for (Individual design : end.archive()) {
 *         Metrics m = (Metrics) design.evaluation().payload();
 *     }
 * }
 * }</pre>
 * {@code WiringExampleTest} runs this pattern on a toy problem.
 *
 * <h2>Adding algorithms (e.g. co-design modes)</h2>
 * Implement {@link org.codesign.search.AlgorithmConfig} (a validated record that creates the
 * algorithm) and {@link org.codesign.search.SearchAlgorithm#step}, using only the
 * {@link org.codesign.search.SearchContext} for randomness, evaluation, budget and archive. Modes
 * that fix part of the genome are best expressed as a {@code Problem} wrapper with cardinality 1
 * for the fixed genes (every operator leaves such genes alone), and sequential modes as two runs,
 * the second seeded ({@code Nsga2Config.withSeeds}) from the first.
 *
 * <h2>Indicators and sorting</h2>
 * {@link org.codesign.search.NonDominatedSorting} (O(N log N) sweep for 2 objectives, staircase
 * sweep O(N log^2 N) for 3, Deb's O(MN^2) otherwise), {@link org.codesign.search.CrowdingDistance},
 * {@link org.codesign.search.Hypervolume} (exact: O(n log n) in 2D and 3D, slicing above),
 * {@link org.codesign.search.HypervolumeIndicator} (normalized by fixed {@link org.codesign.search.ObjectiveBounds}),
 * {@link org.codesign.search.QualityIndicators} (IGD, additive epsilon),
 * {@link org.codesign.search.ParetoArchive}, {@link org.codesign.search.Dominance}.
 */
package org.codesign.search;
