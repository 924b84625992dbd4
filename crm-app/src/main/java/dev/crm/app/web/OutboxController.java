package dev.crm.app.web;

import dev.crm.core.api.OutboundMessageStatus;
import dev.crm.core.api.OutboundMessageView;
import dev.crm.core.api.OutboxDelivery;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outbound messages and their delivery histories; dead ones can be sent again. */
@RestController
@RequestMapping("/api/v1/outbox")
class OutboxController {

    private final OutboxDelivery outbox;
    private final Clock clock;

    OutboxController(OutboxDelivery outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'INTEGRATOR')")
    ResultPage<OutboundMessageView> search(@RequestParam(required = false) OutboundMessageStatus status,
                                           @RequestParam(required = false) String channel,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return outbox.search(status, channel, PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'INTEGRATOR')")
    OutboundMessageView get(@PathVariable String id) {
        return outbox.find(id).orElseThrow(() -> new RecordNotFoundException("outbound message", id));
    }

    @PostMapping("/{id}/retry")
    @PreAuthorize("hasRole('ADMIN')")
    OutboundMessageView retry(@PathVariable String id) {
        return outbox.retry(id, clock.instant());
    }
}
