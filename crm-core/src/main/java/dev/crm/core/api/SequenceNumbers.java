package dev.crm.core.api;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Human-readable, gap-free numbers per prefix and year, such as {@code C-2026-000123}. Each call
 * hands out the next number exactly once, also across concurrent callers and app nodes.
 */
public interface SequenceNumbers {

    /** The next number for the prefix in the current year of the business time zone. */
    String next(String prefix);

    /** The next number for the prefix in the given year. */
    String next(String prefix, int year);

    /**
     * Stores a record under the next number of the prefix (current year), gap-free even when the
     * process dies between the two steps: the record's own insert, under a unique index on its
     * number, claims the number, and the counter follows it. A number whose insert fails is not
     * consumed; a number found taken (by a concurrent caller, or by one that died before moving
     * the counter) moves the counter on and the next one is tried.
     *
     * @param insert stores the record under the number given and returns it
     * @param taken  whether a record with that number exists, asked only when {@code insert} failed
     */
    <T> T claim(String prefix, Function<String, T> insert, Predicate<String> taken);
}
