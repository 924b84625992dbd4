package dev.crm.app.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.complaint.application.ComplaintRegistry;
import dev.crm.complaint.application.EscalationPass;
import dev.crm.complaint.application.SlaNotifications;
import dev.crm.complaint.application.SlaPolicies;
import dev.crm.core.api.Role;
import java.time.Duration;
import dev.crm.complaint.domain.Complaint;
import dev.crm.core.api.OutboundMessageStatus;
import dev.crm.core.api.OutboxDelivery;
import dev.crm.core.api.PageQuery;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Inbound through the bundled webhook plugin, end to end over HTTP: a verified message becomes a
 * complaint matched to the customer by contact, a reply appends to it, the customer is sent an
 * acknowledgement on the same channel; forged, replayed, oversized and malformed requests are
 * refused with a problem response and store nothing.
 */
class ChannelInboundTest extends ApiIntegrationTest {

    private static final String SECRET = "whsec-inbound-test-secret-42";

    @Autowired
    ComplaintRegistry complaints;

    @Autowired
    OutboxDelivery outbox;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Clock clock;

    @Autowired
    SlaPolicies slaPolicies;

    @Autowired
    SlaNotifications notifications;

    private String channel;

    @BeforeEach
    void configureChannel() {
        channel = "web-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse configured = asAdmin().put("/api/v1/channels/" + channel, Map.of("adapter", "webhook",
                "settings", Map.of("target-url", "http://127.0.0.1:9/unused"),
                "secrets", Map.of("inbound-secret", SECRET, "signing-secret", "outbound-secret-unused")));
        assertThat(configured.status()).as("%s", configured).isEqualTo(200);
    }

    @AfterEach
    void switchOff() {
        asAdmin().post("/api/v1/channels/" + channel + "/disable", Map.of());
    }

    @Test
    void aVerifiedMessageRegistersAComplaintForTheMatchedCustomerAndAReplyAppendsToIt() {
        String email = "chen." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        ApiResponse customer = asAdmin().post("/api/v1/customers", Map.of("displayName", "Chen Jing", "email", email));
        assertThat(customer.status()).isEqualTo(201);
        String messageId = "msg-" + UUID.randomUUID();

        ApiResponse accepted = deliver(messageId, message(messageId, email, "The kettle stopped heating", null));

        assertThat(accepted.status()).as("%s", accepted).isEqualTo(204);
        Complaint complaint = mongo.findOne(Query.query(where("sourceMessageId").is(channel + ":" + messageId)),
                Complaint.class);
        assertThat(complaint).isNotNull();
        assertThat(complaint.getCustomerId()).isEqualTo(customer.body().path("id").asString());
        assertThat(complaint.getDescription()).contains("The kettle stopped heating");
        assertThat(complaint.getChannel().name()).isEqualTo("ONLINE_CHAT");

        // The acknowledgement goes back out on the same channel instance, to the sender.
        var acknowledgements = outbox.search(OutboundMessageStatus.PENDING, channel, PageQuery.of(0, 10)).items();
        assertThat(acknowledgements).singleElement().satisfies(ack -> {
            assertThat(ack.recipient()).isEqualTo(email);
            assertThat(ack.subject()).contains(complaint.getNumber());
        });

        String replyId = "msg-" + UUID.randomUUID();
        ApiResponse reply = deliver(replyId, message(replyId, email, "Any news on " + complaint.getNumber() + "?",
                complaint.getNumber()));

        assertThat(reply.status()).isEqualTo(204);
        assertThat(complaints.get(complaint.getNumber()).getMessages()).hasSize(1);
    }

    @Test
    void aRedeliveredMessageIsNotRegisteredTwice() {
        String messageId = "msg-" + UUID.randomUUID();
        byte[] body = message(messageId, "repeat@example.com", "Twice?", null);

        assertThat(deliver(messageId, body).status()).isEqualTo(204);
        // The provider retries with a new delivery id (the old one would be a replay) but the same message.
        assertThat(deliver("delivery-" + UUID.randomUUID(), body).status()).isEqualTo(204);

        assertThat(mongo.count(Query.query(where("sourceMessageId").is(channel + ":" + messageId)), Complaint.class))
                .isEqualTo(1);
    }

    @Test
    void forgedReplayedOversizedAndMalformedRequestsAreRefusedAndStoreNothing() {
        long before = mongo.count(new Query(), Complaint.class);
        String id = "msg-" + UUID.randomUUID();
        byte[] body = message(id, "mallory@example.com", "Let me in", null);
        String timestamp = String.valueOf(clock.instant().getEpochSecond());

        ApiResponse forged = anonymous().postRaw(inbound(), "application/json", body, Map.of("Webhook-Id", id,
                "Webhook-Timestamp", timestamp, "Webhook-Signature", "v1=" + "00".repeat(32)));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.body().path("type").asString()).isEqualTo("urn:crm:problem:unauthenticated");

        ApiResponse unsigned = anonymous().postRaw(inbound(), "application/json", body, Map.of());
        assertThat(unsigned.status()).isEqualTo(401);

        String stale = String.valueOf(clock.instant().minusSeconds(3600).getEpochSecond());
        assertThat(anonymous().postRaw(inbound(), "application/json", body, signed(id, stale, body)).status())
                .isEqualTo(401);

        byte[] notJson = "{\"id\": \"x\", \"text\": ".getBytes(StandardCharsets.UTF_8);
        ApiResponse malformed = anonymous().postRaw(inbound(), "application/json", notJson,
                signed("bad-" + id, timestamp, notJson));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("type").asString()).isEqualTo("urn:crm:problem:malformed-body");

        byte[] huge = new byte[1024 * 1024 + 1];
        ApiResponse oversized = anonymous().postRaw(inbound(), "application/json", huge, signed("big-" + id, timestamp, huge));
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.body().path("type").asString()).isEqualTo("urn:crm:problem:payload-too-large");

        assertThat(mongo.count(new Query(), Complaint.class)).isEqualTo(before);

        // The same valid request twice: the second is a replay.
        assertThat(deliver(id, body).status()).isEqualTo(204);
        ApiResponse replayed = anonymous().postRaw(inbound(), "application/json", body, signed(id, timestamp, body));
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(mongo.count(new Query(), Complaint.class)).isEqualTo(before + 1);
    }

    @Test
    void unknownDisabledAndOutboundOnlyChannelsAre404() {
        byte[] body = message("m-1", "x@example.com", "hi", null);

        assertThat(anonymous().postRaw("/api/v1/channels/no-such-channel/inbound", "application/json", body, Map.of())
                .status()).isEqualTo(404);
        asAdmin().post("/api/v1/channels/" + channel + "/disable", Map.of());
        ApiResponse disabled = anonymous().postRaw(inbound(), "application/json", body, signed("m-1",
                String.valueOf(clock.instant().getEpochSecond()), body));
        assertThat(disabled.status()).isEqualTo(404);
        assertThat(disabled.body().path("type").asString()).isEqualTo("urn:crm:problem:not-found");
    }

    @Test
    void aComplaintTakenByPhoneIsAcknowledgedOnTheCustomersPreferredChannel() {
        String email = "lin." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Map<String, Object> profile = new HashMap<>(Map.of("displayName", "Lin Hui", "email", email,
                "consents", List.of("EMAIL"), "preferredChannel", "EMAIL"));
        String customerId = asAdmin().post("/api/v1/customers", profile).body().path("id").asString();

        ApiResponse registered = asAdmin().post("/api/v1/complaints", Map.of("channel", "PHONE", "customerId",
                customerId, "description", "Late delivery", "customerDemand", "Deliver it",
                "occurredAt", clock.instant().minusSeconds(3600).toString(), "impactScope", "SINGLE_CUSTOMER"));
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        String number = registered.body().path("number").asString();

        var queued = mongo.find(Query.query(where("relatedRecordId").is(number).and("channel").is("email")),
                org.bson.Document.class, "outbound_messages");
        assertThat(queued).singleElement().satisfies(message -> {
            assertThat(message.getString("recipient")).isEqualTo(email);
            assertThat(message.getString("dedupeKey")).isEqualTo("customer:" + number + ":ack");
        });
        assertThat(Set.of("email")).contains(queued.get(0).getString("channel"));
    }

    @Test
    void theCustomerHearsOfDelaysEscalationAndTheResolutionOnTheChannelTheyWroteFrom() {
        String messageId = "msg-" + UUID.randomUUID();
        assertThat(deliver(messageId, message(messageId, "song.li@example.com", "Where is my refund?", null)).status())
                .isEqualTo(204);
        Complaint complaint = mongo.findOne(Query.query(where("sourceMessageId").is(channel + ":" + messageId)),
                Complaint.class);
        String number = complaint.getNumber();

        // Four days on, first response and resolution deadlines are missed; a day later the breach escalates.
        EscalationPass escalation = new EscalationPass(mongo, slaPolicies, notifications);
        escalation.run(complaint.getReceivedAt().plus(Duration.ofDays(4)));
        escalation.run(complaint.getReceivedAt().plus(Duration.ofDays(5)).plusSeconds(60));

        ApiClient agent = asNewStaff(Role.AGENT);
        assertThat(agent.post("/api/v1/complaints/" + number + "/accept", Map.of()).status()).isEqualTo(200);
        agent.post("/api/v1/complaints/" + number + "/assess", Map.of("grade", "LEVEL_2", "type", "PRICE",
                "plan", "Refund"));
        agent.post("/api/v1/complaints/" + number + "/assign", Map.of("department", "billing"));
        assertThat(agent.post("/api/v1/complaints/" + number + "/start", Map.of()).status()).isEqualTo(200);
        ApiResponse resolved = agent.post("/api/v1/complaints/" + number + "/resolve",
                Map.of("solution", "Refund of 120 CNY paid", "customerNotifiedVia", "webhook"));
        assertThat(resolved.status()).as("%s", resolved).isEqualTo(200);

        List<org.bson.Document> toCustomer = mongo.find(Query.query(where("relatedRecordId").is(number)
                .and("channel").is(channel)), org.bson.Document.class, "outbound_messages");
        assertThat(toCustomer).extracting(m -> m.getString("dedupeKey")).contains(
                "customer:" + number + ":ack", "customer:" + number + ":delayed:FIRST_RESPONSE",
                "customer:" + number + ":delayed:RESOLUTION", "customer:" + number + ":escalated:2")
                .anyMatch(key -> key.startsWith("customer:" + number + ":resolved:"));
        assertThat(toCustomer).allSatisfy(m -> assertThat(m.getString("recipient")).isEqualTo("song.li@example.com"));
        assertThat(toCustomer).filteredOn(m -> m.getString("dedupeKey").contains(":resolved:"))
                .singleElement().satisfies(m -> assertThat(m.getString("body")).contains("Refund of 120 CNY paid"));
    }

    private String inbound() {
        return "/api/v1/channels/" + channel + "/inbound";
    }

    private ApiResponse deliver(String deliveryId, byte[] body) {
        return anonymous().postRaw(inbound(), "application/json", body,
                signed(deliveryId, String.valueOf(clock.instant().getEpochSecond()), body));
    }

    private static byte[] message(String id, String from, String text, String complaintNumber) {
        String number = complaintNumber == null ? "" : ",\"complaintNumber\":\"" + complaintNumber + "\"";
        return ("{\"id\":\"" + id + "\",\"from\":{\"kind\":\"EMAIL\",\"address\":\"" + from + "\"},\"text\":\""
                + text + "\"" + number + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> signed(String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Map.of("Webhook-Id", id, "Webhook-Timestamp", timestamp,
                    "Webhook-Signature", "v1=" + HexFormat.of().formatHex(mac.doFinal(body)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
