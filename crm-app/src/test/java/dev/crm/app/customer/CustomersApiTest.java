package dev.crm.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.Role;
import dev.crm.customer.api.CustomerDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomersApiTest extends ApiIntegrationTest {

    @Autowired
    CustomerDirectory directory;

    @Autowired
    AuditLog auditLog;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAgentRegistersACustomerAndReadsItBack() {
        ApiClient agent = asNewStaff(Role.AGENT);

        ApiResponse created = agent.post("/api/v1/customers", customer("Wang Fang", "wang." + unique + "@example.com",
                randomMobile()));

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/customers/" + id);
        ApiResponse read = agent.get("/api/v1/customers/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("displayName").asString()).isEqualTo("Wang Fang");
        assertThat(read.body().get("email").asString()).isEqualTo("wang." + unique + "@example.com");
        assertThat(read.body().get("tags").values()).extracting(tag -> tag.asString()).containsExactly("vip");
        assertThat(auditLog.historyOf("Customer", id)).extracting(entry -> entry.action())
                .containsExactly("customer.registered");
    }

    @Test
    void otherModulesFindTheCustomerByAnyContactSpelling() {
        String phone = "+86 " + randomMobile();
        ApiResponse created = asAdmin().post("/api/v1/customers", customer("Zhao Lei", null, phone));
        assertThat(created.status()).isEqualTo(201);

        assertThat(directory.findByContact(phone.replace(" ", "-")))
                .hasValueSatisfying(view -> assertThat(view.displayName()).isEqualTo("Zhao Lei"));
        assertThat(directory.findByContact("nobody-" + unique + "@example.com")).isEmpty();
    }

    @Test
    void malformedContactsAreNamedInA400AndNothingIsStored() {
        ApiResponse refused = asAdmin().post("/api/v1/customers",
                customer("Bad Mail " + unique, "not-an-address", "12"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isIn("email", "phone");
        assertThat(asAdmin().get("/api/v1/customers?q=bad+mail+" + unique).body().get("total").asLong()).isZero();
    }

    @Test
    void aMissingNameIsNamed() {
        ApiResponse refused = asAdmin().post("/api/v1/customers", Map.of("region", "Shanghai"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("displayName");
    }

    @Test
    void aTakenEmailIsA409NamingTheField() {
        String email = "dup." + unique + "@example.com";
        assertThat(asAdmin().post("/api/v1/customers", customer("First", email, null)).status()).isEqualTo(201);

        // The domain part is case-insensitive: this is the same address.
        ApiResponse again = asAdmin().post("/api/v1/customers", customer("Second",
                email.replace("example.com", "EXAMPLE.com"), null));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void aTakenPhoneInAnotherSpellingOrATakenExternalRefIsA409NamingTheField() {
        String mobile = randomMobile();
        Map<String, Object> first = customer("Phone Owner", null, mobile);
        first.put("externalRef", "ERP-" + unique);
        assertThat(asAdmin().post("/api/v1/customers", first).status()).isEqualTo(201);

        ApiResponse samePhone = asAdmin().post("/api/v1/customers", customer("Other", null,
                mobile.replace(" ", "-")));
        Map<String, Object> sameRef = customer("Other", null, null);
        sameRef.put("externalRef", "ERP-" + unique);
        ApiResponse sameExternalRef = asAdmin().post("/api/v1/customers", sameRef);

        assertThat(samePhone.status()).isEqualTo(409);
        assertThat(samePhone.body().get("errors").get(0).get("field").asString()).isEqualTo("phone");
        assertThat(sameExternalRef.status()).isEqualTo(409);
        assertThat(sameExternalRef.body().get("errors").get(0).get("field").asString()).isEqualTo("externalRef");
    }

    @Test
    void customersAreFoundByExactContact() {
        String email = "exact." + unique + "@example.com";
        String mobile = randomMobile();
        Map<String, Object> body = customer("Exact Contact " + unique, email, mobile);
        body.put("externalRef", "CRM-" + unique);
        String id = asAdmin().post("/api/v1/customers", body).body().get("id").asString();

        ApiClient supervisor = asNewStaff(Role.SUPERVISOR);
        for (String query : List.of("email=" + email, "phone=" + mobile.replace(" ", ""),
                "externalRef=CRM-" + unique)) {
            ApiResponse found = supervisor.get("/api/v1/customers?" + query);
            assertThat(found.body().get("total").asLong()).as(query).isEqualTo(1);
            assertThat(found.body().get("items").get(0).get("id").asString()).as(query).isEqualTo(id);
        }
    }

    @Test
    void analystsSeeASingleCustomerWithMaskedContacts() {
        String email = "analysed." + unique + "@example.com";
        String id = asAdmin().post("/api/v1/customers", customer("Analysed", email, randomMobile()))
                .body().get("id").asString();

        ApiResponse asAnalyst = asNewStaff(Role.ANALYST).get("/api/v1/customers/" + id);

        assertThat(asAnalyst.status()).isEqualTo(200);
        assertThat(asAnalyst.body().get("email").asString()).isEqualTo("a***@example.com");
        assertThat(asAnalyst.body().get("phone").asString()).matches("139\\*{4}\\d{4}");
    }

    @Test
    void aPageLargerThanTheCapIsNamed() {
        ApiResponse refused = asAdmin().get("/api/v1/customers?size=201");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("size");
    }

    @Test
    void customersWithoutContactsDoNotCollideOnTheUniqueIndexes() {
        assertThat(asAdmin().post("/api/v1/customers", customer("No Contact A " + unique, null, null)).status())
                .isEqualTo(201);
        assertThat(asAdmin().post("/api/v1/customers", customer("No Contact B " + unique, null, null)).status())
                .isEqualTo(201);
    }

    @Test
    void searchFindsNamesCaseInsensitivelyAndTreatsRegexCharactersLiterally() {
        asAdmin().post("/api/v1/customers", customer("Chen (Tea House) " + unique, null, null));
        asAdmin().post("/api/v1/customers", customer("Chen Tea House " + unique, null, null));

        ApiResponse found = asAdmin().get("/api/v1/customers?q=chen+(tea+house)+" + unique);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("total").asLong()).isEqualTo(1);
        assertThat(found.body().get("items").get(0).get("displayName").asString()).startsWith("Chen (Tea House)");
    }

    @Test
    void listsMaskContactsForAgentsButNotForSupervisors() {
        String email = "masked." + unique + "@example.com";
        asAdmin().post("/api/v1/customers", customer("Masked " + unique, email, null));

        ApiResponse asAgent = asNewStaff(Role.AGENT).get("/api/v1/customers?q=masked+" + unique);
        ApiResponse asSupervisor = asNewStaff(Role.SUPERVISOR).get("/api/v1/customers?q=masked+" + unique);

        assertThat(asAgent.body().get("items").get(0).get("email").asString()).isEqualTo("m***@example.com");
        assertThat(asSupervisor.body().get("items").get(0).get("email").asString()).isEqualTo(email);
    }

    @Test
    void anInvalidEmailFilterIsNamed() {
        ApiResponse refused = asAdmin().get("/api/v1/customers?email=nope");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void accessIsRoleBased() {
        assertThat(anonymous().get("/api/v1/customers").status()).isEqualTo(401);
        assertThat(asNewStaff(Role.HR).get("/api/v1/customers").status()).isEqualTo(403);
        assertThat(asNewStaff(Role.ANALYST).post("/api/v1/customers", customer("X", null, null)).status())
                .isEqualTo(403);
    }

    @Test
    void anUnknownCustomerIs404() {
        assertThat(asAdmin().get("/api/v1/customers/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    private static String randomMobile() {
        return "139 " + ThreadLocalRandom.current().nextInt(1000, 10000) + " "
                + ThreadLocalRandom.current().nextInt(1000, 10000);
    }

    @Test
    void aRevisionReplacesTheProfileOnlyAtTheVersionTheEditorSaw() {
        ApiClient agent = asNewStaff(Role.AGENT);
        ApiResponse created = agent.post("/api/v1/customers", customer("Before " + unique, null, null));
        String id = created.body().get("id").asString();
        String etag = created.header("ETag");
        Map<String, Object> revised = customer("After " + unique, "after." + unique + "@example.com", null);
        revised.put("wechatOpenId", "oWx-" + unique);
        revised.put("consents", List.of("EMAIL", "WECHAT"));
        revised.put("preferredChannel", "WECHAT");
        revised.put("cityTier", "NEW_TIER_1");
        revised.put("ageBand", "AGE_25_34");
        revised.put("riskFlags", List.of("DEFAULT"));

        ApiResponse updated = agent.putWithHeader("/api/v1/customers/" + id, "If-Match", etag, revised);

        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        assertThat(updated.body().get("displayName").asString()).isEqualTo("After " + unique);
        assertThat(updated.body().get("preferredChannel").asString()).isEqualTo("WECHAT");
        assertThat(updated.body().get("cityTier").asString()).isEqualTo("NEW_TIER_1");
        assertThat(updated.header("ETag")).isNotEqualTo(etag);
        assertThat(directory.findByContact("oWx-" + unique)).hasValueSatisfying(
                view -> assertThat(view.displayName()).isEqualTo("After " + unique));
        ApiResponse stale = agent.putWithHeader("/api/v1/customers/" + id, "If-Match", etag,
                customer("Lost update " + unique, null, null));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(agent.get("/api/v1/customers/" + id).body().get("displayName").asString())
                .isEqualTo("After " + unique);
        assertThat(auditLog.historyOf("Customer", id)).extracting(entry -> entry.action())
                .contains("customer.revised");
    }

    @Test
    void aPreferredChannelWithoutConsentIsNamed() {
        Map<String, Object> body = customer("No consent " + unique, "nc." + unique + "@example.com", null);
        body.put("preferredChannel", "EMAIL");
        ApiResponse refused = asAdmin().post("/api/v1/customers", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(OrdersApiTest.fields(refused.body())).containsExactly("preferredChannel");
    }

    @Test
    void anUnknownEnumValueIsA400() {
        Map<String, Object> body = customer("Bad tier " + unique, null, null);
        body.put("cityTier", "TIER_9");
        ApiResponse refused = asAdmin().post("/api/v1/customers", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.rawBody()).contains("cityTier");
    }

    @Test
    void aTakenWechatOpenIdIsA409NamingTheField() {
        Map<String, Object> first = customer("Wx A " + unique, null, null);
        first.put("wechatOpenId", "oDup-" + unique);
        assertThat(asAdmin().post("/api/v1/customers", first).status()).isEqualTo(201);
        Map<String, Object> second = customer("Wx B " + unique, null, null);
        second.put("wechatOpenId", "oDup-" + unique);
        ApiResponse refused = asAdmin().post("/api/v1/customers", second);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.rawBody()).contains("wechatOpenId");
    }

    @Test
    void erasingRemovesPersonalDataButKeepsTheRecord() {
        String email = "erase." + unique + "@example.com";
        String id = asAdmin().post("/api/v1/customers", customer("To Erase " + unique, email, null))
                .body().get("id").asString();
        assertThat(asNewStaff(Role.AGENT).delete("/api/v1/customers/" + id).status()).isEqualTo(403);

        assertThat(asNewStaff(Role.SUPERVISOR).delete("/api/v1/customers/" + id).status()).isEqualTo(204);

        ApiResponse read = asAdmin().get("/api/v1/customers/" + id);
        assertThat(read.body().get("displayName").asString()).isEqualTo("Erased customer");
        assertThat(read.body().get("email").isNull()).isTrue();
        assertThat(read.body().get("erasedAt").isNull()).isFalse();
        assertThat(directory.findByContact(email)).isEmpty();
        assertThat(asAdmin().post("/api/v1/customers", customer("Reuses the address", email, null)).status())
                .as("the address is free again").isEqualTo(201);
        assertThat(auditLog.historyOf("Customer", id)).extracting(entry -> entry.action())
                .contains("customer.erased");
    }

    private static Map<String, Object> customer(String name, String email, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", name);
        body.put("email", email);
        body.put("phone", phone);
        body.put("region", "Shanghai");
        body.put("tags", List.of("VIP"));
        return body;
    }
}
