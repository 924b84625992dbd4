package dev.crm.complaint.web;

import dev.crm.complaint.domain.crisis.Crisis;
import dev.crm.complaint.domain.crisis.CrisisDrill;
import dev.crm.complaint.domain.crisis.CrisisPlaybook;
import java.time.Instant;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface CrisisWebMapper {

    @Mapping(target = "firstCommunicationWithinTarget", expression = "java(crisis.firstCommunicationWithinTarget(now))")
    @Mapping(target = "firstCommunicationTarget",
            expression = "java(crisis.firstCommunicationRule().target().toString())")
    CrisisResponse toResponse(Crisis crisis, Instant now);

    @Mapping(target = "firstCommunicationWithinTarget", expression = "java(crisis.firstCommunicationWithinTarget(now))")
    CrisisSummary toSummary(Crisis crisis, Instant now);

    PlaybookResponse toResponse(CrisisPlaybook playbook);

    DrillResponse toResponse(CrisisDrill drill);
}
