package dev.crm.complaint.web;

import dev.crm.complaint.domain.problem.ProblemRecord;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface ProblemWebMapper {

    @Mapping(target = "crisis", source = "crisis")
    ProblemResponse toResponse(ProblemRecord record, String crisis);

    @Mapping(target = "linkedComplaints", expression = "java(record.linkedNumbers().size())")
    ProblemSummary toSummary(ProblemRecord record);
}
