package dev.crm.app.complaint;

import static dev.crm.app.complaint.ComplaintRequests.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComplaintRegistrationApiTest extends ApiIntegrationTest {

    @Test
    void registrationsGetConsecutiveNumbersAndARefusedOneConsumesNone() {
        ApiClient agent = asNewStaff(Role.AGENT);

        ApiResponse first = agent.post("/api/v1/complaints", complaint());
        Map<String, Object> incomplete = complaint();
        incomplete.remove("description");
        ApiResponse refused = agent.post("/api/v1/complaints", incomplete);
        ApiResponse second = agent.post("/api/v1/complaints", complaint());

        assertThat(first.status()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(second.status()).isEqualTo(201);
        long firstSeq = sequenceOf(first.body().get("number").asString());
        assertThat(sequenceOf(second.body().get("number").asString())).isEqualTo(firstSeq + 1);
        assertThat(first.body().get("number").asString())
                .startsWith("C-" + Year.now(ZoneOffset.UTC).getValue() + "-");
    }

    @Test
    void theRegisteredComplaintCanBeReadWithItsFirstTransition() {
        ApiClient agent = asNewStaff(Role.AGENT);
        ApiResponse created = agent.post("/api/v1/complaints", complaint());
        String number = created.body().get("number").asString();

        ApiResponse read = asNewStaff(Role.SUPERVISOR).get("/api/v1/complaints/" + number);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("state").asString()).isEqualTo("REGISTERED");
        assertThat(read.body().get("form").asString()).isEqualTo("ORAL");
        assertThat(read.body().get("transitions").size()).isEqualTo(1);
        assertThat(read.body().get("transitions").get(0).get("to").asString()).isEqualTo("REGISTERED");
        assertThat(read.body().get("transitions").get(0).get("by").asString())
                .isEqualTo(created.body().get("registeredBy").asString());
        assertThat(created.header("Location")).endsWith("/api/v1/complaints/" + number);
    }

    @Test
    void everyMissingMandatoryFieldIsNamedInOne400() {
        ApiResponse refused = asAdmin().post("/api/v1/complaints", Map.of("kind", "COMPLAINT"));

        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.body().get("errors").values().forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).contains("channel", "description", "customerDemand", "occurredAt", "impactScope",
                "customerId");
    }

    @Test
    void attachmentMetadataIsKeptAndAnUnnamedAttachmentIsNamed() {
        Map<String, Object> body = complaint();
        body.put("attachments", List.of(Map.of("fileName", "kettle.jpg", "contentType", "image/jpeg",
                "sizeBytes", 48213, "storageReference", "wechat-media:abc")));
        ApiResponse created = asAdmin().post("/api/v1/complaints", body);
        assertThat(created.body().at("/attachments/0/fileName").asString()).isEqualTo("kettle.jpg");

        body.put("attachments", List.of(Map.of("contentType", "image/jpeg", "sizeBytes", 1)));
        ApiResponse refused = asAdmin().post("/api/v1/complaints", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("attachments[0].fileName");
    }

    @Test
    void anUnknownChannelValueIsNamed() {
        Map<String, Object> body = complaint();
        body.put("channel", "CARRIER_PIGEON");

        ApiResponse refused = asAdmin().post("/api/v1/complaints", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("channel");
    }

    @Test
    void aReceiptInTheFutureIsRefused() {
        Map<String, Object> body = complaint();
        body.put("receivedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());

        ApiResponse refused = asAdmin().post("/api/v1/complaints", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("receivedAt");
    }

    @Test
    void aCustomerIdMustExistAndAContactHintIsMatchedToAKnownCustomer() {
        Map<String, Object> unknown = complaint();
        unknown.put("customerId", "no-such-customer");
        ApiResponse refused = asAdmin().post("/api/v1/complaints", unknown);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("customerId");

        String email = "kettle." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String customerId = asAdmin().post("/api/v1/customers", Map.of("displayName", "Kettle Owner", "email", email))
                .body().get("id").asString();
        Map<String, Object> byHint = complaint();
        byHint.put("contactHint", email);
        ApiResponse registered = asAdmin().post("/api/v1/complaints", byHint);
        assertThat(registered.body().get("customerId").asString()).isEqualTo(customerId);
    }

    @Test
    void accessIsRoleBasedAndUnknownNumbersAre404() {
        assertThat(anonymous().post("/api/v1/complaints", complaint()).status()).isEqualTo(401);
        assertThat(asNewStaff(Role.HR).post("/api/v1/complaints", complaint()).status()).isEqualTo(403);
        assertThat(asAdmin().get("/api/v1/complaints/C-1999-999999").status()).isEqualTo(404);
    }

    private static long sequenceOf(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }
}
