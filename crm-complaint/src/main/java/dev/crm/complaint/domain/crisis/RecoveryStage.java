package dev.crm.complaint.domain.crisis;

/** The recovery stages of 004 §6.4, in order: repair the damage, optimise, rebuild trust; then closed. */
public enum RecoveryStage {
    REPAIR, OPTIMISE, REBUILD, CLOSED;

    RecoveryStage next() {
        return values()[ordinal() + 1];
    }
}
