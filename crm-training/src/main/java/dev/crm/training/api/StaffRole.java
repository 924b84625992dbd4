package dev.crm.training.api;

/** What a person does in the service organisation (their job, not their system permissions). */
public enum StaffRole {
    AGENT, TEAM_LEADER, QUALITY_INSPECTOR, TRAINER, MANAGER, COMMITTEE_MEMBER
}
