package dev.crm.training.application;

/**
 * Who supervises whom, directly or further up: a person's supervisor chain may read their assessment
 * results (DOMAIN.md §4 privacy). Answered from the staff profiles.
 */
public interface SupervisorChain {

    /** Whether {@code supervisor} is {@code staff}'s supervisor, or that supervisor's, and so on up. */
    boolean supervises(String supervisor, String staff);
}
