package dev.crm.customer.domain.clv;

/**
 * BG/NBD parameters: purchase rates while alive are Gamma(shape {@code r}, rate {@code alpha})
 * across customers; the dropout probability after each repeat purchase is Beta({@code a},
 * {@code b}). {@code alpha} is in the model time unit of the histories it was fitted to.
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

    public BgNbdParameters {
        requirePositive("r", r);
        requirePositive("alpha", alpha);
        requirePositive("a", a);
        requirePositive("b", b);
    }

    static void requirePositive(String name, double value) {
        if (!(Double.isFinite(value) && value > 0)) {
            throw new IllegalArgumentException(name + " must be finite and > 0: " + value);
        }
    }
}
