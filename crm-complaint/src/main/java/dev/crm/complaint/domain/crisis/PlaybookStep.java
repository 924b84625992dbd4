package dev.crm.complaint.domain.crisis;

/** One step of a crisis playbook: what, who is responsible, and how many minutes after detection it is due. */
public record PlaybookStep(String title, String responsibleRole, Integer targetMinutes) {
}
