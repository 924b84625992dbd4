package dev.crm.loyalty.web;

import dev.crm.loyalty.domain.Membership;
import dev.crm.loyalty.domain.PointsAward;
import dev.crm.loyalty.domain.Redemption;
import dev.crm.loyalty.domain.Voucher;
import java.time.Instant;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface LoyaltyWebMapper {

    MembershipResponse toResponse(Membership membership);

    AwardResponse toResponse(PointsAward award);

    RedemptionResponse toResponse(Redemption redemption);

    @Mapping(target = "status", expression = "java(voucher.statusAt(at))")
    VoucherResponse toResponse(Voucher voucher, Instant at);
}
