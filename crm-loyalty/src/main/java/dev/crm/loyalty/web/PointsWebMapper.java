package dev.crm.loyalty.web;

import dev.crm.loyalty.api.LedgerEntryView;
import dev.crm.loyalty.api.PointsAccountView;
import dev.crm.loyalty.api.PointsPosting;
import dev.crm.loyalty.domain.LedgerEntry;
import dev.crm.loyalty.web.PointsResponses.AccountResponse;
import dev.crm.loyalty.web.PointsResponses.EntryResponse;
import dev.crm.loyalty.web.PointsResponses.PostingResponse;
import org.mapstruct.Mapper;

@Mapper
interface PointsWebMapper {

    EntryResponse toResponse(LedgerEntryView entry);

    EntryResponse toResponse(LedgerEntry entry);

    PostingResponse toResponse(PointsPosting posting);

    AccountResponse toResponse(PointsAccountView account);
}
