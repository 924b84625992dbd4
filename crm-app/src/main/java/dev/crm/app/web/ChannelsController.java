package dev.crm.app.web;

import dev.crm.app.channels.Channels;
import dev.crm.app.channels.Channels.ChannelView;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.OutboundMessageDraft;
import dev.crm.core.api.OutboundMessageView;
import dev.crm.core.api.Outbox;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Channel instances: which adapter, on or off, settings; secrets can be written, never read. */
@RestController
@RequestMapping("/api/v1/channels")
class ChannelsController {

    private final Channels channels;
    private final Outbox outbox;
    private final CurrentStaff staff;

    ChannelsController(Channels channels, Outbox outbox, CurrentStaff staff) {
        this.channels = channels;
        this.outbox = outbox;
        this.staff = staff;
    }

    /**
     * @param adapter  the channel adapter serving the instance (e.g. {@code email}); defaults to the
     *                 instance id, or the adapter it had
     * @param enabled  default true
     * @param settings readable settings; replace the previous ones
     * @param secrets  write-only settings: a value sets, an empty value removes, an absent key keeps
     */
    record ChannelConfigurationRequest(String adapter, Boolean enabled, Map<String, String> settings,
                                       Map<String, String> secrets) {
    }

    /** A message to check a channel's configuration end to end: it goes through the outbox like any other. */
    record TestMessageRequest(String recipient, String subject, String body) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'INTEGRATOR')")
    List<ChannelView> list() {
        return channels.list();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'INTEGRATOR')")
    ChannelView get(@PathVariable String id) {
        return channels.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ChannelView configure(@PathVariable String id, @RequestBody ChannelConfigurationRequest request) {
        return channels.configure(id, request.adapter(), request.enabled(), request.settings(), request.secrets(),
                staff.username());
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    ChannelView enable(@PathVariable String id) {
        return channels.switchTo(id, true, staff.username());
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    ChannelView disable(@PathVariable String id) {
        return channels.switchTo(id, false, staff.username());
    }

    @PostMapping("/{id}/test-message")
    @PreAuthorize("hasAnyRole('ADMIN', 'INTEGRATOR')")
    ResponseEntity<OutboundMessageView> sendTestMessage(@PathVariable String id, @RequestBody TestMessageRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.recipient() == null || request.recipient().isBlank()) {
            violations.add(new FieldViolation("recipient", "is required"));
        }
        if (request.body() == null || request.body().isBlank()) {
            violations.add(new FieldViolation("body", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        channels.get(id);
        OutboundMessageView queued = outbox.enqueue(OutboundMessageDraft.plain(id, request.recipient().strip(),
                request.subject(), request.body()).relatedTo("ChannelTest", staff.username()));
        return ResponseEntity.accepted().location(URI.create("/api/v1/outbox/" + queued.id())).body(queued);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> remove(@PathVariable String id) {
        channels.remove(id, staff.username());
        return ResponseEntity.noContent().build();
    }
}
