package dev.crm.customer.api;

public enum IncomeBand {
    LOW, LOWER_MIDDLE, MIDDLE, UPPER_MIDDLE, HIGH
}
