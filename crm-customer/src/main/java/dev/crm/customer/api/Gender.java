package dev.crm.customer.api;

public enum Gender {
    FEMALE, MALE, OTHER, UNDISCLOSED
}
