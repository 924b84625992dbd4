package dev.crm.loyalty.domain;

/**
 * RESERVED: stock and the customer's limit are held, the points debit is due; CONFIRMED: the debit
 * succeeded and a voucher was issued; RELEASED: the debit failed (or the reservation was cancelled)
 * and the stock was returned; CANCELLED: a confirmed redemption was taken back, its voucher voided,
 * the stock returned and a points refund is due.
 */
public enum RedemptionState {
    RESERVED, CONFIRMED, RELEASED, CANCELLED;

    public boolean holdsStock() {
        return this == RESERVED || this == CONFIRMED;
    }
}
