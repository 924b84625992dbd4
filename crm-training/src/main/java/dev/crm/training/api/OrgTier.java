package dev.crm.training.api;

/**
 * The three tiers of the service-quality organisation (000 §8.1), highest first: the HQ service
 * quality committee, the business units' quality groups, the frontline teams.
 */
public enum OrgTier {
    HQ_QUALITY_COMMITTEE, BUSINESS_UNIT_QUALITY_GROUP, FRONTLINE_TEAM;

    /** A unit sits in a unit of its own tier or a higher one, never in a lower one. */
    public boolean mayBeWithin(OrgTier parent) {
        return ordinal() >= parent.ordinal();
    }
}
