package dev.crm.customer.api;

/** The usual Chinese city-tier ranking of a customer's city (DOMAIN §2 demographics). */
public enum CityTier {
    TIER_1, NEW_TIER_1, TIER_2, TIER_3, TIER_4, TIER_5
}
