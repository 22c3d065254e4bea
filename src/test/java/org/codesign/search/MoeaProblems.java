package org.codesign.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.moeaframework.core.Solution;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.variable.RealVariable;

/**
 * Test-scope bridge to MOEA Framework 5.0: its real-valued benchmark problems seen through a discrete
 * genome (each variable on an evenly spaced grid), its reference fronts, and conversions for its
 * indicators.
 *
 * <p>The grid has an odd number of levels so that the centre of every range (DTLZ's optimal 0.5) and
 * both ends (ZDT's optimal 0) are grid points: the optimal front is reachable.
 */
final class MoeaProblems {
    private MoeaProblems() {}

    /** A MOEA real-valued problem discretized to {@code levels} values per variable. */
    static final class Discretized implements Problem {
        private final org.moeaframework.problem.Problem problem;
        private final int[] cardinalities;
        private final double[] lower;
        private final double[] upper;

        Discretized(org.moeaframework.problem.Problem problem, int levels) {
            this.problem = problem;
            int n = problem.getNumberOfVariables();
            cardinalities = new int[n];
            lower = new double[n];
            upper = new double[n];
            Solution prototype = problem.newSolution();
            for (int i = 0; i < n; i++) {
                RealVariable v = (RealVariable) prototype.getVariable(i);
                cardinalities[i] = levels;
                lower[i] = v.getLowerBound();
                upper[i] = v.getUpperBound();
            }
        }

        double value(int gene, int index) {
            return lower[gene] + (upper[gene] - lower[gene]) * index / (cardinalities[gene] - 1);
        }

        @Override
        public int[] cardinalities() {
            return cardinalities.clone();
        }

        @Override
        public int objectiveCount() {
            return problem.getNumberOfObjectives();
        }

        @Override
        public Evaluation evaluate(int[] genome) {
            Solution s = problem.newSolution();
            for (int i = 0; i < genome.length; i++) {
                RealVariable.setReal(s.getVariable(i), value(i, genome[i]));
            }
            problem.evaluate(s);
            return Evaluation.of(s.getObjectiveValues());
        }
    }

    /** A reference front shipped inside the MOEA Framework jar, e.g. "ZDT1" or "DTLZ2.3D". */
    static double[][] referenceFront(String name) {
        String resource = "/pf/" + name + ".pf";
        try (InputStream in = MoeaProblems.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no reference front " + resource + " on the class path");
            }
            List<double[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                double[] row = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    row[i] = Double.parseDouble(parts[i]);
                }
                rows.add(row);
            }
            return rows.toArray(new double[0][]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points as a MOEA non-dominated population (duplicates allowed, no domination filtering). */
    static NondominatedPopulation population(double[][] points) {
        NondominatedPopulation p = new NondominatedPopulation(NondominatedPopulation.DuplicateMode.ALLOW_DUPLICATES);
        for (double[] x : points) {
            Solution s = new Solution(0, x.length);
            s.setObjectiveValues(x);
            p.add(s);
        }
        return p;
    }

    /** A MOEA problem shell with {@code m} objectives, for indicators that only look at objectives. */
    static org.moeaframework.problem.Problem shell(int m) {
        return new org.moeaframework.problem.AbstractProblem(0, m) {
            @Override
            public void evaluate(Solution solution) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Solution newSolution() {
                return new Solution(0, m);
            }
        };
    }
}
