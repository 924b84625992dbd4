package dev.crm.loyalty.web;

import dev.crm.loyalty.domain.MembershipLevel;
import org.mapstruct.Mapper;

@Mapper
interface MembershipLevelWebMapper {

    MembershipLevelResponse toResponse(MembershipLevel level);

    default MembershipLevel toLevel(DefineLevelRequest request) {
        return new MembershipLevel(request.code(), request.name(), request.rank(), request.qualifyingPoints(),
                request.qualifyingSpend(), request.earnMultiplier(), Boolean.TRUE.equals(request.priorityService()),
                request.discountPercent());
    }
}
