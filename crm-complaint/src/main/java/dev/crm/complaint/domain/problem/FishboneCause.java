package dev.crm.complaint.domain.problem;

/** A candidate cause on one bone of the fishbone diagram. */
public record FishboneCause(FishboneCategory category, String cause) {
}
