package dev.crm.app.loyalty;

import static dev.crm.app.loyalty.LoyaltyFixtures.aProgram;
import static dev.crm.app.loyalty.LoyaltyFixtures.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import dev.crm.customer.api.CustomerId;
import dev.crm.loyalty.api.MemberBenefits;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class LoyaltyProgramsApiTest extends ApiIntegrationTest {

    @Autowired
    MemberBenefits memberBenefits;

    @Test
    void anAdminDefinesAProgramThatStaffReadAndRevisesItUnderItsVersion() {
        ApiClient admin = asAdmin();
        String id = LoyaltyFixtures.define(admin, aProgram("Harbour Club")
                .perUnit("BASE", "1", null, null, null)
                .perUnit("SHOES", "2", List.of("shoes"), List.of("app"), Map.of("points", 500, "period", "MONTH"))
                .fixed("REFERRAL", 300, false, null));

        JsonNode read = asNewStaff(Role.AGENT).get("/api/v1/loyalty/programs/" + id).body();
        assertThat(read.get("name").asString()).isEqualTo("Harbour Club");
        assertThat(read.get("levels").values().stream().map(l -> l.get("code").asString()))
                .containsExactly("MEMBER", "SILVER", "GOLD");
        assertThat(read.at("/earnRules/1/cap/period").asString()).isEqualTo("MONTH");
        assertThat(read.at("/earnRules/1/channels/0").asString()).isEqualTo("app");
        long version = read.get("version").asLong();

        Map<String, Object> revised = aProgram("Harbour Club Plus").with("version", version).body();
        ApiResponse saved = admin.put("/api/v1/loyalty/programs/" + id, revised);
        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        assertThat(saved.body().get("name").asString()).isEqualTo("Harbour Club Plus");

        ApiResponse stale = admin.put("/api/v1/loyalty/programs/" + id, revised);
        assertThat(stale.status()).isEqualTo(409);
        Map<String, Object> noVersion = aProgram("No version").body();
        assertThat(fields(admin.put("/api/v1/loyalty/programs/" + id, noVersion).body())).containsExactly("version");
        assertThat(asNewStaff(Role.SUPERVISOR).post("/api/v1/loyalty/programs", aProgram("Nope").body()).status())
                .isEqualTo(403);
        assertThat(admin.get("/api/v1/loyalty/programs/no-such-program").status()).isEqualTo(404);
        ApiResponse listed = asNewStaff(Role.ANALYST).get("/api/v1/loyalty/programs?size=200");
        assertThat(listed.body().get("items").values().stream().map(p -> p.get("id").asString())).contains(id,
                "default");
        assertThat(admin.get("/api/v1/loyalty/programs?size=500").status()).isEqualTo(400);
    }

    @Test
    void anInconsistentProgramIsA400NamingEveryFieldAndNothingIsStored() {
        Map<String, Object> bad = aProgram(" ").with("currency", "YUAN").with("qualificationWindowMonths", 0)
                .with("downgrade", Map.of("graceDays", -1))
                .with("levels", List.of(
                        LoyaltyFixtures.level("MEMBER", 1, 0, null, "1", false),
                        LoyaltyFixtures.level("SILVER", 1, 0, null, "0", false)))
                .perUnit("BASE", "0", null, null, Map.of("points", 0, "period", "MONTH"))
                .body();

        ApiResponse refused = asAdmin().post("/api/v1/loyalty/programs", bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.body())).contains("name", "currency", "qualificationWindowMonths",
                "downgrade.graceDays", "levels[1].rank", "levels[1].qualifyingPoints", "levels[1].earnMultiplier",
                "earnRules[0].pointsPerUnit", "earnRules[0].cap.points");
        Map<String, Object> badKind = new HashMap<>(aProgram("Bad kind").body());
        badKind.put("earnRules", List.of(Map.of("code", "X", "kind", "CASHBACK")));
        ApiResponse unreadable = asAdmin().post("/api/v1/loyalty/programs", badKind);
        assertThat(unreadable.status()).isEqualTo(400);
    }

    @Test
    void aKnownCustomerIsEnrolledOnceAndAnUnknownOneIs404() {
        ApiClient admin = asAdmin();
        String program = LoyaltyFixtures.define(admin, aProgram("Enrolment club").fixed("WELCOME", 100, false, null));
        String other = LoyaltyFixtures.define(admin, aProgram("Other club"));
        String customer = LoyaltyFixtures.newCustomer(admin);
        ApiClient agent = asNewStaff(Role.AGENT);

        ApiResponse enrolled = agent.post("/api/v1/loyalty/programs/" + program + "/members",
                Map.of("customerId", customer));
        ApiResponse again = agent.post("/api/v1/loyalty/programs/" + program + "/members",
                Map.of("customerId", customer));
        ApiResponse elsewhere = agent.post("/api/v1/loyalty/programs/" + other + "/members",
                Map.of("customerId", customer));

        assertThat(enrolled.status()).as("%s", enrolled).isEqualTo(201);
        assertThat(enrolled.body().get("levelCode").asString()).isEqualTo("MEMBER");
        assertThat(enrolled.body().get("enrolment").asString()).isEqualTo("EXPLICIT");
        assertThat(again.status()).isEqualTo(200);
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(fields(elsewhere.body())).containsExactly("customerId");
        assertThat(agent.post("/api/v1/loyalty/programs/" + program + "/members",
                Map.of("customerId", "no-such-customer")).status()).isEqualTo(404);
        assertThat(fields(agent.post("/api/v1/loyalty/programs/" + program + "/members", Map.of()).body()))
                .containsExactly("customerId");
        assertThat(agent.post("/api/v1/loyalty/programs/missing/members", Map.of("customerId", customer)).status())
                .isEqualTo(404);
        assertThat(asNewStaff(Role.ANALYST).post("/api/v1/loyalty/programs/" + program + "/members",
                Map.of("customerId", customer)).status()).isEqualTo(403);

        JsonNode member = agent.get("/api/v1/loyalty/members/" + customer).body();
        assertThat(member.get("programId").asString()).isEqualTo(program);
        assertThat(member.at("/history/0/toLevel").asString()).isEqualTo("MEMBER");
        JsonNode awards = agent.get("/api/v1/loyalty/members/" + customer + "/awards").body();
        assertThat(awards.at("/items/0/kind").asString()).isEqualTo("WELCOME");
        assertThat(awards.at("/items/0/points").asLong()).isEqualTo(100);
        assertThat(awards.at("/items/0/status").asString()).isEqualTo("PENDING");
        assertThat(agent.get("/api/v1/loyalty/programs/" + program + "/members").body().get("total").asLong())
                .isEqualTo(1);
        assertThat(memberBenefits.of(new CustomerId(customer))).hasValueSatisfying(benefits -> {
            assertThat(benefits.levelCode()).isEqualTo("MEMBER");
            assertThat(benefits.priorityService()).isFalse();
        });
        assertThat(agent.get("/api/v1/loyalty/members/no-such-member").status()).isEqualTo(404);
    }

    @Test
    void occasionAwardsArePricedByTheProgramCappedPerPeriodAndIdempotentPerReference() {
        ApiClient admin = asAdmin();
        String program = LoyaltyFixtures.define(admin, aProgram("Occasions club")
                .fixed("REFERRAL", 300, false, null)
                .fixed("ACTIVITY", 40, true, Map.of("points", 100, "period", "MONTH")));
        String customer = LoyaltyFixtures.newCustomer(admin);
        admin.post("/api/v1/loyalty/programs/" + program + "/members", Map.of("customerId", customer));
        ApiClient agent = asNewStaff(Role.AGENT);
        String awards = "/api/v1/loyalty/members/" + customer + "/awards";

        ApiResponse referral = agent.post(awards, Map.of("kind", "REFERRAL", "reference", "friend-1"));
        ApiResponse sameReferral = agent.post(awards, Map.of("kind", "REFERRAL", "reference", "friend-1"));
        List<Long> activity = List.of("a1", "a2", "a3").stream()
                .map(ref -> agent.post(awards, Map.of("kind", "ACTIVITY", "reference", ref)).body().get("points")
                        .asLong())
                .toList();

        assertThat(referral.status()).isEqualTo(201);
        assertThat(referral.body().get("points").asLong()).isEqualTo(300);
        assertThat(sameReferral.status()).isEqualTo(200);
        assertThat(sameReferral.body().get("id").asString()).isEqualTo(referral.body().get("id").asString());
        // 40 each at level MEMBER (×1), capped at 100 a month: 40, 40, then the 20 left.
        assertThat(activity).containsExactly(40L, 40L, 20L);
        ApiResponse noRule = agent.post(awards, Map.of("kind", "BIRTHDAY", "reference", "2026"));
        assertThat(noRule.status()).isEqualTo(422);
        assertThat(fields(noRule.body())).containsExactly("kind");
        assertThat(fields(agent.post(awards, Map.of("kind", "ORDER", "reference", "")).body()))
                .containsExactly("kind", "reference");
        assertThat(agent.post("/api/v1/loyalty/members/not-a-member/awards",
                Map.of("kind", "REFERRAL", "reference", "x")).status()).isEqualTo(404);
        assertThat(asNewStaff(Role.HR).post(awards, Map.of("kind", "REFERRAL", "reference", "x")).status())
                .isEqualTo(403);
    }

    @Test
    void membersPerLevelCountsEveryLevelOfTheProgram() {
        ApiClient admin = asAdmin();
        String program = LoyaltyFixtures.define(admin, aProgram("Counted club"));
        for (int i = 0; i < 3; i++) {
            admin.post("/api/v1/loyalty/programs/" + program + "/members",
                    Map.of("customerId", LoyaltyFixtures.newCustomer(admin)));
        }

        ApiResponse report = asNewStaff(Role.ANALYST).get("/api/v1/loyalty/reports/members-per-level?programId="
                + program);

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().get("members").asLong()).isEqualTo(3);
        JsonNode levels = report.body().get("levels");
        assertThat(levels.get(0).get("levelCode").asString()).isEqualTo("GOLD");
        assertThat(levels.get(2).get("levelCode").asString()).isEqualTo("MEMBER");
        assertThat(levels.get(2).get("members").asLong()).isEqualTo(3);
        assertThat(asNewStaff(Role.AGENT).get("/api/v1/loyalty/reports/members-per-level").status()).isEqualTo(403);
        assertThat(asAdmin().get("/api/v1/loyalty/reports/members-per-level").status()).isEqualTo(200);
    }
}
