package dev.crm.complaint.domain;

/**
 * What a supervisor found about one staff member's part in a complaint: substantiated (the staff
 * member is at fault) or not, and why. Findings are appended, never changed: a later finding about
 * the same person is the current one, the earlier ones stay for the record. {@code seq} numbers the
 * findings of one complaint from 1 and, with the complaint number, identifies one in the feed.
 */
public record Finding(int seq, String staff, boolean substantiated, String note, String recordedBy,
                      java.time.Instant recordedAt) {
}
