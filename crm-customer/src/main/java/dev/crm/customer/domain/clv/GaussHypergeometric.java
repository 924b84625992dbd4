package dev.crm.customer.domain.clv;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for real arguments and z &lt; 1.
 *
 * <p>Evaluated by its power series on [0, 1) after two exact transformations:
 * <ul>
 *   <li>z &lt; 0: Pfaff, 2F1(a,b;c;z) = (1-z)^(-a) 2F1(a, c-b; c; z/(z-1)), which maps z to
 *       [0, 1) and turns an alternating series into one of constant sign (no cancellation);</li>
 *   <li>a + b - c &gt; 0: Euler, 2F1(a,b;c;z) = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z), so that the
 *       series terms decay like n^(-|c-a-b|-1) z^n rather than grow like n^(a+b-c-1) z^n, which
 *       is what makes z close to 1 tractable.</li>
 * </ul>
 * The series stops once the estimated remainder is below 1e-15 of the sum. Near z = 1 the terms
 * still shrink only like z^n, so about 35/(1-z) terms are needed; beyond {@value #MAX_TERMS} terms
 * (z above roughly 1 - 4e-5) an {@link ArithmeticException} is thrown rather than returning an
 * inaccurate value.
 */
public final class GaussHypergeometric {

    static final int MAX_TERMS = 1_000_000;
    private static final double RELATIVE_TOLERANCE = 1e-15;

    private GaussHypergeometric() {
    }

    /**
     * 2F1(a, b; c; z).
     *
     * @throws IllegalArgumentException if an argument is not finite, z &gt;= 1, or c is a
     *     non-positive integer (where the function is undefined)
     * @throws ArithmeticException if the series does not converge within the term limit
     */
    public static double value(double a, double b, double c, double z) {
        if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(z))) {
            throw new IllegalArgumentException("2F1 arguments must be finite: a=" + a + ", b=" + b + ", c=" + c + ", z=" + z);
        }
        if (z >= 1) {
            throw new IllegalArgumentException("2F1 is evaluated for z < 1 only: z=" + z);
        }
        if (c <= 0 && c == Math.rint(c)) {
            throw new IllegalArgumentException("2F1 is undefined for c a non-positive integer: c=" + c);
        }
        if (z == 0) {
            return 1;
        }
        if (z < 0) {
            return Math.pow(1 - z, -a) * series(a, c - b, c, z / (z - 1));
        }
        if (a + b - c > 0) {
            return Math.pow(1 - z, c - a - b) * series(c - a, c - b, c, z);
        }
        return series(a, b, c, z);
    }

    /** Plain power series for 0 &lt;= z &lt; 1. */
    private static double series(double a, double b, double c, double z) {
        double term = 1;
        double sum = 1;
        double compensation = 0; // Neumaier summation: near z = 1 there are up to a million terms
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            double next = sum + term;
            compensation += Math.abs(sum) >= Math.abs(term) ? (sum - next) + term : (term - next) + sum;
            sum = next;
            if (term == 0) {
                return sum + compensation; // a or b is a non-positive integer: polynomial
            }
            // The term ratios tend to z monotonically for large n, so the remainder after this
            // term is at most |term| * rho / (1 - rho) with rho the larger of the next ratio and z.
            double nextRatio = Math.abs((a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2)) * z);
            double rho = Math.max(nextRatio, z);
            if (rho < 1 && Math.abs(term) * rho / (1 - rho) <= RELATIVE_TOLERANCE * Math.abs(sum)) {
                return sum + compensation;
            }
        }
        throw new ArithmeticException("2F1 series did not converge within " + MAX_TERMS
                + " terms: a=" + a + ", b=" + b + ", c=" + c + ", z=" + z);
    }
}
