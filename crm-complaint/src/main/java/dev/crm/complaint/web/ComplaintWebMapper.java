package dev.crm.complaint.web;

import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.complaint.domain.Complaint;
import org.mapstruct.Mapper;

@Mapper
interface ComplaintWebMapper {

    ComplaintResponse toResponse(Complaint complaint);

    ComplaintRegistration toRegistration(RegisterComplaintRequest request);
}
