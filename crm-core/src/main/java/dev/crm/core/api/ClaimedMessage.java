package dev.crm.core.api;

import java.time.Instant;
import java.util.Map;

/**
 * An outbound message leased to one delivery worker until {@code leaseUntil}: no other worker
 * attempts it before then.
 *
 * @param attempts attempts made before this one since the message was (re)queued
 * @param recorded attempts in its whole history, so the next one is number {@code recorded + 1}
 * @param version  the message's version under this lease: results are recorded against it, so a
 *                 worker whose lease was taken over records nothing
 */
public record ClaimedMessage(String id, String channel, String recipient, String subject, String template,
                             String body, Map<String, String> variables, String relatedRecordType,
                             String relatedRecordId, int attempts, int recorded, Instant leaseUntil, String worker, long version) {
}
