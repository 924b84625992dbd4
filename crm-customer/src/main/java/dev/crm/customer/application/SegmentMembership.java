package dev.crm.customer.application;

import dev.crm.customer.api.CustomerSegments;
import dev.crm.customer.api.CustomerView;
import dev.crm.customer.domain.Segment;
import dev.crm.customer.persistence.SegmentMembers;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/** Implements the segment port for other modules on the segment membership queries. */
@Service
class SegmentMembership implements CustomerSegments {

    private final Segments segments;
    private final SegmentMembers members;

    SegmentMembership(Segments segments, SegmentMembers members) {
        this.segments = segments;
        this.members = members;
    }

    @Override
    public SegmentSummary describe(String segmentId) {
        Segment segment = segments.get(segmentId);
        return new SegmentSummary(segment.id(), segment.name(), members.count(segment));
    }

    @Override
    public Stream<CustomerView> members(String segmentId) {
        return members.stream(segments.get(segmentId)).map(CustomerRegistry::toView);
    }
}
