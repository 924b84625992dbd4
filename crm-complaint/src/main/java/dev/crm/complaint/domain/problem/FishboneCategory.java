package dev.crm.complaint.domain.problem;

/** The cause categories of the fishbone (Ishikawa) diagram named in DOMAIN.md §1.8. */
public enum FishboneCategory { PEOPLE, PROCESS, PRODUCT, SYSTEM, ENVIRONMENT, SUPPLIER }
