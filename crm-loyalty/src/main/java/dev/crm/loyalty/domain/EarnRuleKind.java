package dev.crm.loyalty.domain;

/** What an earn rule rewards (DOMAIN.md §3: spend, referrals, activity participation; birthday and welcome). */
public enum EarnRuleKind {
    /** Points per currency unit of an order, optionally only for some product categories or channels. */
    PER_CURRENCY_UNIT,
    REFERRAL,
    ACTIVITY,
    BIRTHDAY,
    /** Granted once, on enrolment. */
    WELCOME;

    public boolean isFixed() {
        return this != PER_CURRENCY_UNIT;
    }
}
