package dev.crm.loyalty.domain;

/** Why points were awarded; REVERSAL takes back an order's award (a refund). */
public enum AwardKind {
    ORDER, REVERSAL, REFERRAL, ACTIVITY, BIRTHDAY, WELCOME;

    /** The earn rule kind that prices this award, for the fixed kinds a member is awarded by request. */
    public EarnRuleKind ruleKind() {
        return switch (this) {
            case ORDER -> EarnRuleKind.PER_CURRENCY_UNIT;
            case REFERRAL -> EarnRuleKind.REFERRAL;
            case ACTIVITY -> EarnRuleKind.ACTIVITY;
            case BIRTHDAY -> EarnRuleKind.BIRTHDAY;
            case WELCOME -> EarnRuleKind.WELCOME;
            case REVERSAL -> null;
        };
    }
}
