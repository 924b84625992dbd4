package dev.crm.loyalty.domain;

/** What points buy (DOMAIN.md §3: priority service, discounts and gifts). */
public enum RewardKind { PRIORITY_SERVICE, DISCOUNT_VOUCHER, GIFT }
