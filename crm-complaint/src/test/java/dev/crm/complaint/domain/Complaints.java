package dev.crm.complaint.domain;

import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.complaint.api.ImpactScope;
import java.time.Duration;
import java.time.Instant;

/** Test data builder for complaints, with the shipped SLA policies. */
final class Complaints {

    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final SlaSettings SLA = new SlaSettings(new SlaPolicyBook(DefaultSlaPolicies.all()), 0.8,
            Duration.ofHours(24), null);

    private Channel channel = Channel.WEB_FORM;
    private Instant receivedAt;
    private String productCategory;

    static Complaints aComplaint() {
        return new Complaints();
    }

    Complaints via(Channel channel) {
        this.channel = channel;
        return this;
    }

    Complaints receivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
        return this;
    }

    Complaints inCategory(String productCategory) {
        this.productCategory = productCategory;
        return this;
    }

    ComplaintRegistration registration() {
        return new ComplaintRegistration(null, channel, null, receivedAt, null, "li.wei@example.com",
                "The kettle stopped heating after two days", "Replace the kettle", "A working kettle",
                (receivedAt == null ? NOW : receivedAt).minus(Duration.ofDays(2)), ImpactScope.SINGLE_CUSTOMER,
                "ORDER-1", productCategory, null);
    }

    Complaint registeredAt(Instant now) {
        return Complaint.register("C-2026-000001", registration(), "cust-1", null, "li.wei", now, SLA);
    }

    Complaint registered() {
        return registeredAt(NOW);
    }
}
