package dev.crm.complaint.web;

import dev.crm.complaint.application.ComplaintArchive;
import dev.crm.complaint.application.GoodwillRemedies;
import dev.crm.complaint.application.GoodwillRemedies.Granted;
import dev.crm.complaint.domain.Goodwill;
import dev.crm.complaint.web.SurveyWebMapper.GoodwillResponse;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Goodwill remedies on a complaint. Recording one moves value, so it needs an {@code Idempotency-Key}:
 * the first request is 201, a repeat with the same key 200 with the same remedy and
 * {@code Idempotency-Replayed: true}.
 */
@RestController
@RequestMapping("/api/v1/complaints/{number}/goodwill")
class GoodwillController {

    private final GoodwillRemedies remedies;
    private final ComplaintArchive archive;
    private final SurveyWebMapper mapper;

    GoodwillController(GoodwillRemedies remedies, ComplaintArchive archive, SurveyWebMapper mapper) {
        this.remedies = remedies;
        this.archive = archive;
        this.mapper = mapper;
    }

    record GoodwillRequest(Goodwill.Kind kind, AmountRequest amount, BigDecimal percent, Long points,
                           String description) {
    }

    record AmountRequest(BigDecimal value, String currency) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT')")
    ResponseEntity<GoodwillResponse> grant(@PathVariable String number,
                                           @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                           @RequestBody GoodwillRequest body) {
        Goodwill.Amount amount = body.amount() == null ? null
                : new Goodwill.Amount(body.amount().value(), body.amount().currency());
        Granted granted = remedies.grant(number, key, body.kind(), amount, body.percent(), body.points(),
                body.description());
        GoodwillResponse response = mapper.toResponse(granted.remedy());
        if (!granted.created()) {
            return ResponseEntity.ok().header("Idempotency-Replayed", "true").body(response);
        }
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + number + "/goodwill/" + response.id()))
                .body(response);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT', 'ANALYST')")
    List<GoodwillResponse> list(@PathVariable String number, @RequestParam(required = false) String purpose) {
        return archive.read(number, purpose, "goodwill").getGoodwill().stream().map(mapper::toResponse).toList();
    }
}
