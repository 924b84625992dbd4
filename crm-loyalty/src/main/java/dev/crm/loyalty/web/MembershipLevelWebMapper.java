package dev.crm.loyalty.web;

import dev.crm.loyalty.application.DefineMembershipLevel;
import dev.crm.loyalty.domain.MembershipLevel;
import org.mapstruct.Mapper;

@Mapper
interface MembershipLevelWebMapper {

    MembershipLevelResponse toResponse(MembershipLevel level);

    DefineMembershipLevel toCommand(DefineLevelRequest request);
}
