package org.codesign.search.nlp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.codesign.cost.relax.HardwareVars;
import org.codesign.cost.relax.LayerLayout;
import org.codesign.cost.relax.LoopOrders;
import org.codesign.cost.relax.RelaxedModel;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.hipparchus.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.hipparchus.util.Binary64;
import org.hipparchus.util.Binary64Field;

/**
 * One ε-constraint problem on the relaxed model: minimize the log of one metric subject to log
 * bounds on others, the capacity constraints of every layer (tiles fit the global buffer and the
 * scratchpad, the fan-out fits the array), the factors of every dimension multiplying to its bound
 * (linear equalities in log space), factors of at least 1 and hardware sizes inside the space's
 * range.
 *
 * <p>Solved by an augmented Lagrangian (Powell–Hestenes–Rockafellar: multipliers and penalty
 * updated between rounds) whose inner problems Hipparchus's non-linear conjugate-gradient
 * optimizer (Polak–Ribière, line search) minimizes with exact gradients ({@link Gradient}).
 * Hipparchus 3.1's SQP optimizers were tried first: their ADMM QP subproblem rejects the
 * Hessian of a network-sized problem (a symmetry check of A^T·R·A at round-off level, or its
 * eigen-decomposition not converging), so they only solve single layers.
 */
public final class EpsilonSolver {
    /** Augmented-Lagrangian rounds (multiplier updates). */
    static final int ROUNDS = 3;
    /** Inner evaluations per round (the conjugate-gradient optimizer's budget). */
    static final int INNER_EVALUATIONS = 40;

    /** The largest constraint violation (log units) a returned solution may keep. */
    static final double MAX_VIOLATION = 0.1;

    private final RelaxedModel model;
    private final HardwareRange range;
    private final int n;
    /** Relaxed-model evaluations so far (values and gradients). */
    private long evaluations;

    public EpsilonSolver(RelaxedModel model, HardwareRange range) {
        this.model = model;
        this.range = range;
        this.n = model.size();
    }

    /** A solution: the variables, the relaxed metrics there and the largest constraint violation (log units). */
    public record Solution(
            double[] x, double latencyMs, double powerW, double energyMJ, double areaMm2, double violation) {
        public double metric(RelaxedObjective o) {
            return switch (o) {
                case LATENCY -> latencyMs;
                case POWER -> powerW;
                case ENERGY -> energyMJ;
                case AREA -> areaMm2;
            };
        }
    }

    public RelaxedModel model() {
        return model;
    }

    public long evaluations() {
        return evaluations;
    }

    /** The relaxed model's values and the violation of the plain constraints at a point. */
    public Solution at(double[] x) {
        Binary64[] z = RelaxedModel.constants(Binary64Field.getInstance(), x);
        RelaxedModel.Metrics<Binary64> m = model.evaluate(z);
        evaluations++;
        Constraints<Binary64> c = constraints(z, m, Map.of());
        double worst = 0;
        for (Binary64 e : c.equal()) {
            worst = Math.max(worst, Math.abs(e.getReal()));
        }
        for (Binary64 g : c.atMostZero()) {
            worst = Math.max(worst, g.getReal());
        }
        return new Solution(
                x.clone(),
                m.latencyMs().getReal(),
                m.powerW().getReal(),
                m.energyMJ().getReal(),
                m.areaMm2().getReal(),
                worst);
    }

    /**
     * A start: hardware in the middle of its range (log scale), each layer's PE columns and rows
     * filled by the dimensions the dataflow spreads over them, every other factor in DRAM (unit
     * tiles fit any buffer). Starting with the array in use lets the latency solve reach the fast
     * designs; from all factors in DRAM (no parallelism) its inner budget ran out far from them.
     */
    public double[] start() {
        double[] hw = new double[HardwareVars.COUNT];
        for (int i = 0; i < HardwareVars.COUNT; i++) {
            hw[i] = 0.5 * (range.low(i) + range.high(i));
        }
        return start(hw, 1);
    }

    /**
     * A random start: each hardware size uniform in its range (log scale) and each layer's array
     * filled to a random share between a half and all of it, so runs with different seeds solve
     * from different points.
     */
    public double[] start(java.util.random.RandomGenerator random) {
        double[] hw = new double[HardwareVars.COUNT];
        for (int i = 0; i < HardwareVars.COUNT; i++) {
            hw[i] = range.low(i) + random.nextDouble() * (range.high(i) - range.low(i));
        }
        return start(hw, 0.5 + 0.5 * random.nextDouble());
    }

    /**
     * The best start for minimizing {@code objective} alone among the 2^5 corners of the hardware
     * box (each size at its low or high end, the array filled). Within its budget the solver moves
     * the hardware little (a larger array only pays once the factors moved onto it), so the latency
     * anchor from a random start stayed inside the box: 70–100 ms relaxed for ResNet-18, where the
     * discrete front's fastest designs (32×24 and 32×32 arrays at 1000 MHz) run in 2–4 ms
     * (AnchorProbe, BENCHMARKS.md).
     */
    public double[] cornerStart(RelaxedObjective objective) {
        double[] best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        double[] hw = new double[HardwareVars.COUNT];
        for (int corner = 0; corner < 1 << HardwareVars.COUNT; corner++) {
            for (int i = 0; i < HardwareVars.COUNT; i++) {
                hw[i] = (corner >> i & 1) == 0 ? range.low(i) : range.high(i);
            }
            double[] x = start(hw, 1);
            double v = at(x).metric(objective);
            if (v < bestValue) {
                best = x;
                bestValue = v;
            }
        }
        return best;
    }

    private double[] start(double[] hardware, double fill) {
        double[] x = new double[n];
        System.arraycopy(hardware, 0, x, 0, HardwareVars.COUNT);
        for (int l = 0; l < model.layouts().size(); l++) {
            LayerLayout layout = model.layouts().get(l);
            int off = model.offset(l);
            double[] room = {fill * hardware[HardwareVars.COLS], fill * hardware[HardwareVars.ROWS]};
            int[] axes = {LoopOrders.X, LoopOrders.Y};
            for (var d : layout.splitDims()) {
                double left = Math.log(layout.problem().bound(d));
                for (int k = 0; k < axes.length; k++) {
                    int i = layout.index(axes[k], d);
                    if (i >= 0) {
                        double give = Math.min(left, room[k]);
                        x[off + i] = give;
                        room[k] -= give;
                        left -= give;
                    }
                }
                x[off + layout.index(LoopOrders.DRAM, d)] = left;
            }
        }
        return x;
    }

    /** Equalities (= 0) and inequalities (≤ 0), in log units. */
    private record Constraints<T>(List<T> equal, List<T> atMostZero) {}

    private <T extends CalculusFieldElement<T>> Constraints<T> constraints(
            T[] z, RelaxedModel.Metrics<T> m, Map<RelaxedObjective, Double> eps) {
        List<T> eq = new ArrayList<>();
        for (int l = 0; l < model.layouts().size(); l++) {
            LayerLayout layout = model.layouts().get(l);
            double[] b = new double[layout.splitDims().size()];
            double[][] a = layout.equalities(b);
            int off = model.offset(l);
            for (int r = 0; r < a.length; r++) {
                T s = z[0].getField().getZero().subtract(b[r]);
                for (int i = 0; i < a[r].length; i++) {
                    if (a[r][i] != 0) {
                        s = s.add(z[off + i]);
                    }
                }
                eq.add(s);
            }
        }
        List<T> le = new ArrayList<>(m.capacity());
        for (Map.Entry<RelaxedObjective, Double> e : eps.entrySet()) {
            le.add(e.getKey().of(m).log().subtract(Math.log(e.getValue())));
        }
        for (int i = 0; i < n; i++) {
            if (i < HardwareVars.COUNT) {
                le.add(z[i].negate().add(range.low(i)));
                le.add(z[i].subtract(range.high(i)));
            } else {
                le.add(z[i].negate());
            }
        }
        return new Constraints<>(eq, le);
    }

    /**
     * Minimizes {@code objective} from {@code start} with the metrics in {@code bounds} at most
     * their values.
     */
    public Solution solve(RelaxedObjective objective, Map<RelaxedObjective, Double> bounds, double[] start) {
        Map<RelaxedObjective, Double> eps = new EnumMap<>(RelaxedObjective.class);
        eps.putAll(bounds);
        double[] x = start.clone();
        Solution first = at(x);
        int eqCount =
                model.layouts().stream().mapToInt(l -> l.splitDims().size()).sum();
        double[] lambda = new double[eqCount];
        double[] mu = null;
        double rho = 10;
        double lastViolation = Double.POSITIVE_INFINITY;
        for (int round = 0; round < ROUNDS; round++) {
            Lagrangian al = new Lagrangian(objective, eps, lambda, mu, rho);
            try {
                PointValuePair p = new NonLinearConjugateGradientOptimizer(
                                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE,
                                new SimpleValueChecker(1e-9, 1e-9))
                        .optimize(
                                new MaxEval(INNER_EVALUATIONS),
                                new ObjectiveFunction(al::value),
                                new ObjectiveFunctionGradient(al::gradient),
                                GoalType.MINIMIZE,
                                new InitialGuess(x));
                x = p.getPoint();
            } catch (MathRuntimeException budgetUsed) {
                // the inner budget ran out: keep the best point it saw (none if it stopped at once)
                if (al.best() != null) {
                    x = al.best();
                }
            }
            // multiplier and penalty updates (PHR)
            Binary64[] z = RelaxedModel.constants(Binary64Field.getInstance(), x);
            Constraints<Binary64> c = constraints(z, model.evaluate(z), eps);
            evaluations++;
            double violation = 0;
            for (int i = 0; i < lambda.length; i++) {
                double h = c.equal().get(i).getReal();
                lambda[i] += rho * h;
                violation = Math.max(violation, Math.abs(h));
            }
            if (mu == null) {
                mu = new double[c.atMostZero().size()];
            }
            for (int j = 0; j < mu.length; j++) {
                double g = c.atMostZero().get(j).getReal();
                mu[j] = Math.max(0, mu[j] + rho * g);
                violation = Math.max(violation, g);
            }
            if (violation > 0.25 * lastViolation) {
                rho *= 4;
            }
            lastViolation = violation;
            if (violation < 1e-4 && round >= 2) {
                break;
            }
        }
        Solution s = at(x);
        // rounding repairs small violations (it keeps only legal, fitting neighbours); a solution that
        // violates more than a tenth in log units (about 10 %) is not worth rounding
        return s.violation() <= Math.max(MAX_VIOLATION, first.violation()) ? s : first;
    }

    /**
     * The augmented Lagrangian's gradient at {@code x} twice: assembled layer by layer (what the
     * solver uses) and by forward-mode differentiation of the whole function (for tests).
     */
    double[][] lagrangianGradients(
            RelaxedObjective objective, Map<RelaxedObjective, Double> eps, double[] x, double[] mu, double rho) {
        int eqCount =
                model.layouts().stream().mapToInt(l -> l.splitDims().size()).sum();
        double[] lambda = new double[eqCount];
        java.util.Arrays.fill(lambda, 0.3);
        Lagrangian al = new Lagrangian(objective, new EnumMap<>(eps), lambda, mu, rho);
        Gradient[] g = new Gradient[n];
        for (int i = 0; i < n; i++) {
            g[i] = Gradient.variable(n, i, x[i]);
        }
        return new double[][] {al.gradient(x), al.evaluate(g).getGradient()};
    }

    /** The augmented Lagrangian of one round: value in doubles, gradient exact. */
    private final class Lagrangian {
        private final RelaxedObjective objective;
        private final Map<RelaxedObjective, Double> eps;
        private final double[] lambda;
        private final double[] mu;
        private final double rho;
        private double bestValue = Double.POSITIVE_INFINITY;
        private double[] best;

        Lagrangian(
                RelaxedObjective objective,
                Map<RelaxedObjective, Double> eps,
                double[] lambda,
                double[] mu,
                double rho) {
            this.objective = objective;
            this.eps = eps;
            this.lambda = lambda;
            this.mu = mu;
            this.rho = rho;
        }

        double value(double[] x) {
            double v = evaluate(RelaxedModel.constants(Binary64Field.getInstance(), x))
                    .getReal();
            if (v < bestValue) {
                bestValue = v;
                best = x.clone();
            }
            return v;
        }

        /**
         * The exact gradient, assembled layer by layer: each layer is differentiated with respect
         * to the hardware and its own variables only, then the network sums, logs and penalty
         * terms follow by the chain rule.
         */
        double[] gradient(double[] x) {
            evaluations++;
            double[] gCycles = new double[n];
            double[] gEnergy = new double[n];
            double cycles = 0;
            double energy = 0;
            List<double[]> capGrad = new ArrayList<>();
            List<Double> capValue = new ArrayList<>();
            for (int l = 0; l < model.layouts().size(); l++) {
                int off = model.offset(l);
                int k = model.layouts().get(l).size();
                int dim = HardwareVars.COUNT + k;
                Gradient[] local = new Gradient[dim];
                for (int i = 0; i < dim; i++) {
                    local[i] = Gradient.variable(dim, i, x[i < HardwareVars.COUNT ? i : off + i - HardwareVars.COUNT]);
                }
                RelaxedModel.LayerValues<Gradient> v = model.layer(l, local);
                int count = model.count(l);
                cycles += count * v.cycles().getReal();
                energy += count * v.energyPJ().getReal();
                scatter(gCycles, v.cycles().getGradient(), count, off);
                scatter(gEnergy, v.energyPJ().getGradient(), count, off);
                for (Gradient c : v.capacity()) {
                    double[] g = new double[n];
                    scatter(g, c.getGradient(), 1, off);
                    capGrad.add(g);
                    capValue.add(c.getReal());
                }
            }
            Gradient[] hw = new Gradient[HardwareVars.COUNT];
            for (int i = 0; i < hw.length; i++) {
                hw[i] = Gradient.variable(hw.length, i, x[i]);
            }
            Gradient area = model.areaMm2(hw);
            Map<RelaxedObjective, double[]> dLog = new EnumMap<>(RelaxedObjective.class);
            Map<RelaxedObjective, Double> logValue = new EnumMap<>(RelaxedObjective.class);
            double[] dLat = new double[n];
            double[] dEn = new double[n];
            double[] dPow = new double[n];
            double[] dArea = new double[n];
            for (int i = 0; i < n; i++) {
                dLat[i] = gCycles[i] / cycles - (i == HardwareVars.CLOCK ? 1 : 0);
                dEn[i] = gEnergy[i] / energy;
                dPow[i] = dEn[i] - dLat[i];
                dArea[i] = i < HardwareVars.COUNT ? area.getGradient()[i] / area.getReal() : 0;
            }
            double logLat = Math.log(cycles) - x[HardwareVars.CLOCK] - Math.log(1e3);
            double logEn = Math.log(energy * 1e-9);
            dLog.put(RelaxedObjective.LATENCY, dLat);
            dLog.put(RelaxedObjective.ENERGY, dEn);
            dLog.put(RelaxedObjective.POWER, dPow);
            dLog.put(RelaxedObjective.AREA, dArea);
            logValue.put(RelaxedObjective.LATENCY, logLat);
            logValue.put(RelaxedObjective.ENERGY, logEn);
            logValue.put(RelaxedObjective.POWER, logEn - logLat);
            logValue.put(RelaxedObjective.AREA, Math.log(area.getReal()));
            double[] grad = dLog.get(objective).clone();
            // equalities, in the order of constraints(): layer by layer, dimension by dimension
            int e = 0;
            for (int l = 0; l < model.layouts().size(); l++) {
                LayerLayout layout = model.layouts().get(l);
                double[] b = new double[layout.splitDims().size()];
                double[][] a = layout.equalities(b);
                int off = model.offset(l);
                for (int r = 0; r < a.length; r++, e++) {
                    double h = -b[r];
                    for (int i = 0; i < a[r].length; i++) {
                        h += a[r][i] * x[off + i];
                    }
                    double w = lambda[e] + rho * h;
                    for (int i = 0; i < a[r].length; i++) {
                        grad[off + i] += w * a[r][i];
                    }
                }
            }
            // inequalities: capacities, ε bounds, variable bounds
            int j = 0;
            for (int c = 0; c < capValue.size(); c++, j++) {
                addPenalty(grad, capGrad.get(c), capValue.get(c), j);
            }
            for (Map.Entry<RelaxedObjective, Double> b : eps.entrySet()) {
                addPenalty(grad, dLog.get(b.getKey()), logValue.get(b.getKey()) - Math.log(b.getValue()), j++);
            }
            for (int i = 0; i < n; i++) {
                if (i < HardwareVars.COUNT) {
                    addBound(grad, i, range.low(i) - x[i], -1, j++);
                    addBound(grad, i, x[i] - range.high(i), 1, j++);
                } else {
                    addBound(grad, i, -x[i], -1, j++);
                }
            }
            return grad;
        }

        private void addPenalty(double[] grad, double[] dg, double g, int j) {
            double w = Math.max(0, (mu == null ? 0 : mu[j]) + rho * g);
            if (w > 0) {
                for (int i = 0; i < n; i++) {
                    grad[i] += w * dg[i];
                }
            }
        }

        private void addBound(double[] grad, int i, double g, double sign, int j) {
            double w = Math.max(0, (mu == null ? 0 : mu[j]) + rho * g);
            grad[i] += w * sign;
        }

        private void scatter(double[] into, double[] local, double scale, int offset) {
            for (int i = 0; i < local.length; i++) {
                into[i < HardwareVars.COUNT ? i : offset + i - HardwareVars.COUNT] += scale * local[i];
            }
        }

        double[] best() {
            return best;
        }

        private <T extends CalculusFieldElement<T>> T evaluate(T[] z) {
            evaluations++;
            RelaxedModel.Metrics<T> m = model.evaluate(z);
            Constraints<T> c = constraints(z, m, eps);
            T v = objective.of(m).log();
            for (int i = 0; i < lambda.length; i++) {
                T h = c.equal().get(i);
                v = v.add(h.multiply(lambda[i])).add(h.multiply(h).multiply(rho / 2));
            }
            for (int j = 0; j < c.atMostZero().size(); j++) {
                double m0 = mu == null ? 0 : mu[j];
                T g = c.atMostZero().get(j).multiply(rho).add(m0);
                if (g.getReal() > 0) {
                    v = v.add(g.multiply(g).subtract(m0 * m0).divide(2 * rho));
                } else {
                    v = v.subtract(m0 * m0 / (2 * rho));
                }
            }
            return v;
        }
    }
}
