package dev.crm.loyalty.api;

/** Why points were earned (DOMAIN.md §3: spend, referrals, activity participation, and more). */
public enum EarnKind { PURCHASE, REFERRAL, ACTIVITY, BIRTHDAY, WELCOME, GOODWILL, PROMOTION }
