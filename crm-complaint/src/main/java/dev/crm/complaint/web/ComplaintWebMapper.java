package dev.crm.complaint.web;

import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.domain.MilestoneClock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = SurveyWebMapper.class)
interface ComplaintWebMapper {

    @Mapping(target = "deadlines", source = "sla.milestones")
    ComplaintResponse toResponse(Complaint complaint);

    ComplaintSummary toSummary(Complaint complaint);

    ComplaintResponse.DeadlineResponse toDeadline(MilestoneClock clock);

    ComplaintRegistration toRegistration(RegisterComplaintRequest request);

    default List<TimelineEntry> timeline(Complaint complaint) {
        List<TimelineEntry> entries = new ArrayList<>();
        complaint.getTransitions().forEach(t -> entries.add(new TimelineEntry(t.at(), "TRANSITION", t.by(),
                (t.from() == null ? "" : t.from() + " -> ") + t.to() + (t.note() == null ? "" : ": " + t.note()))));
        complaint.getMessages().forEach(m -> entries.add(new TimelineEntry(m.at(), "MESSAGE_" + m.direction(),
                m.author(), (m.channel() == null ? "" : "[" + m.channel() + "] ") + m.text())));
        complaint.getSlaEvents().forEach(e -> entries.add(new TimelineEntry(e.at(), "SLA_" + e.kind(), "system",
                e.milestone() + (e.tier() > 0 ? " tier " + e.tier() : "") + ", deadline " + e.dueAt())));
        complaint.getSurveyScores().forEach(s -> entries.add(new TimelineEntry(s.answeredAt(), "SURVEY_ANSWER",
                "customer", "CSAT " + s.csat() + "/5" + (s.nps() == null ? "" : ", NPS " + s.nps()))));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }
}
