package dev.crm.complaint.api;

/**
 * Why a customer is asked (DOMAIN.md §1.7, §1.9): after a complaint is resolved, periodically about
 * the relationship as a whole, or after a crisis.
 */
public enum SurveyKind { POST_RESOLUTION, RELATIONSHIP, POST_CRISIS }
