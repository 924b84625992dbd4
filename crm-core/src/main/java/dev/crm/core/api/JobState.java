package dev.crm.core.api;

/** COMPLETED means every row was looked at (some may have failed); FAILED means the job stopped early. */
public enum JobState {
    QUEUED, RUNNING, COMPLETED, FAILED
}
