package dev.crm.customer.domain.clv;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximises a mean log-likelihood over the logarithms of strictly positive parameters with
 * Nelder-Mead. Working on log-parameters keeps every trial point valid; the simplex is restarted
 * from the best point until a restart no longer improves, which guards against the premature
 * collapse Nelder-Mead is known for.
 */
final class LogScaleMaximisation {

    /** Log-parameters are kept within [-LIMIT, LIMIT] so unidentified fits stay finite. */
    private static final double LOG_LIMIT = 20;
    private static final double PENALTY = 1e100;
    private static final int MAX_EVALUATIONS_PER_ROUND = 20_000;
    private static final int MAX_ROUNDS = 10;
    private static final int REPORT_EVERY = 100;

    record Optimum(double[] parameters, double meanLogLikelihood, int evaluations) {
    }

    private LogScaleMaximisation() {
    }

    static Optimum maximise(ToDoubleFunction<double[]> meanLogLikelihood, double[] logStart) {
        return maximise(meanLogLikelihood, logStart, evaluations -> { });
    }

    /**
     * As {@link #maximise(ToDoubleFunction, double[])}, telling {@code evaluationsSoFar} the running count of
     * likelihood evaluations after every {@link #REPORT_EVERY} of them and at the end of each round.
     */
    static Optimum maximise(ToDoubleFunction<double[]> meanLogLikelihood, double[] logStart,
                            IntConsumer evaluationsSoFar) {
        int[] counted = {0};
        ObjectiveFunction negated = new ObjectiveFunction(logParameters -> {
            if (++counted[0] % REPORT_EVERY == 0) {
                evaluationsSoFar.accept(counted[0]);
            }
            for (double value : logParameters) {
                if (!(Math.abs(value) <= LOG_LIMIT)) {
                    return PENALTY;
                }
            }
            double[] parameters = Arrays.stream(logParameters).map(Math::exp).toArray();
            double ll = meanLogLikelihood.applyAsDouble(parameters);
            return Double.isFinite(ll) ? -ll : PENALTY;
        });
        double[] best = logStart.clone();
        double bestValue = Double.POSITIVE_INFINITY;
        int evaluations = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-12, 1e-14));
            PointValuePair found = optimizer.optimize(
                    new MaxEval(MAX_EVALUATIONS_PER_ROUND),
                    negated,
                    GoalType.MINIMIZE,
                    new InitialGuess(best),
                    new NelderMeadSimplex(best.length, 0.5));
            evaluations += optimizer.getEvaluations();
            evaluationsSoFar.accept(counted[0]);
            boolean improved = found.getValue() < bestValue - 1e-11 * (1 + Math.abs(bestValue));
            if (found.getValue() < bestValue) {
                best = found.getPoint();
                bestValue = found.getValue();
            }
            if (!improved) {
                break;
            }
        }
        if (bestValue >= PENALTY) {
            throw new ArithmeticException("log-likelihood is not finite anywhere the optimiser looked");
        }
        return new Optimum(Arrays.stream(best).map(Math::exp).toArray(), -bestValue, evaluations);
    }
}
