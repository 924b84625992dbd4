package dev.crm.customer.domain.clv;

/**
 * The time unit in which a {@link PurchaseHistory} and the model parameters fitted to it are
 * expressed. Rate-type parameters (BG/NBD {@code alpha}) depend on it, so histories of different
 * units must never be mixed in one fit.
 */
public enum ModelTimeUnit {
    DAYS(1),
    WEEKS(7);

    private final double daysPerUnit;

    ModelTimeUnit(double daysPerUnit) {
        this.daysPerUnit = daysPerUnit;
    }

    /** Number of calendar days in one unit: 1 for {@link #DAYS}, 7 for {@link #WEEKS}. */
    public double daysPerUnit() {
        return daysPerUnit;
    }
}
