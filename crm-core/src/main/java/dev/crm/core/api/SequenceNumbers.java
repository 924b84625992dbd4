package dev.crm.core.api;

/**
 * Human-readable, gap-free numbers per prefix and year, such as {@code C-2026-000123}. Each call
 * hands out the next number exactly once, also across concurrent callers and app nodes.
 */
public interface SequenceNumbers {

    /** The next number for the prefix in the current year of the business time zone. */
    String next(String prefix);

    /** The next number for the prefix in the given year. */
    String next(String prefix, int year);
}
