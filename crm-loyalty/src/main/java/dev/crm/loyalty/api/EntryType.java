package dev.crm.loyalty.api;

/**
 * What a ledger entry did. Credits: EARN, a positive ADJUST, REDEMPTION_CANCELLED and a REVERSAL of a
 * debit. Debits: REDEEM, a negative ADJUST, EXPIRY and a REVERSAL of a credit.
 */
public enum EntryType { EARN, REDEEM, ADJUST, REVERSAL, REDEMPTION_CANCELLED, EXPIRY }
