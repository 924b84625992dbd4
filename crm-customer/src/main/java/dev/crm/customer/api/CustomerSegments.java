package dev.crm.customer.api;

import java.util.stream.Stream;

/**
 * Segments as other modules see them, e.g. the complaint module sending a relationship survey to a
 * segment's members. Members are read as they are now (rules are evaluated at call time); erased
 * customers are never members.
 */
public interface CustomerSegments {

    /** @throws dev.crm.core.api.RecordNotFoundException when no segment has this id */
    SegmentSummary describe(String segmentId);

    /**
     * Every member, in id order, without holding them all in memory. Close the stream
     * (try-with-resources): it holds a database cursor.
     *
     * @throws dev.crm.core.api.RecordNotFoundException when no segment has this id
     */
    Stream<CustomerView> members(String segmentId);

    record SegmentSummary(String id, String name, long memberCount) {
    }
}
