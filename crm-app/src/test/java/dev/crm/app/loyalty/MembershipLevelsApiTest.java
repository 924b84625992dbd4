package dev.crm.app.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.Role;
import dev.crm.loyalty.api.MembershipLevelView;
import dev.crm.loyalty.api.MembershipLevels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The default program's ladder, shared state of the test context: this class owns ranks 101-199 and
 * gives every level rank × 1,000 points, so its levels ascend whatever order the tests run in.
 */
class MembershipLevelsApiTest extends ApiIntegrationTest {

    @Autowired
    MembershipLevels membershipLevels;

    @Autowired
    AuditLog auditLog;

    @Test
    void anAdminDefinesLevelsThatEveryStaffMemberCanReadInRankOrder() {
        assertThat(define("T_GOLD", 103, 103_000, "2.50").status()).isEqualTo(201);
        assertThat(define("t_silver", 102, 102_000, "1.5").status()).isEqualTo(201);

        ApiResponse list = asNewStaff(Role.AGENT).get("/api/v1/loyalty/levels?size=200");

        assertThat(list.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        list.body().get("items").values().forEach(level -> codes.add(level.get("code").asString()));
        assertThat(codes).containsSubsequence("T_SILVER", "T_GOLD");
        assertThat(list.body().get("total").asLong()).isGreaterThanOrEqualTo(2);
        ApiResponse gold = asNewStaff(Role.HR).get("/api/v1/loyalty/levels/t_gold");
        assertThat(gold.status()).isEqualTo(200);
        assertThat(gold.body().get("earnMultiplier").decimalValue()).isEqualByComparingTo("2.5");
        // Other tests add levels to the shared ladder, so only what T_GOLD guarantees is asserted.
        assertThat(membershipLevels.levelFor(103_000)).hasValueSatisfying(level -> {
            assertThat(level.rank()).isGreaterThanOrEqualTo(103);
            assertThat(level.qualifyingPoints()).isLessThanOrEqualTo(103_000);
        });
        assertThat(asAdmin().get("/api/v1/loyalty/programs/default").body().get("levels").values().stream()
                .map(level -> level.get("code").asString())).contains("T_SILVER", "T_GOLD");
    }

    @Test
    void aDuplicateCodeOrRankIsA409NamingTheField() {
        assertThat(define("T_DUP", 150, 150_000, "1").status()).isEqualTo(201);

        ApiResponse sameCode = define("T_DUP", 151, 151_000, "1");
        ApiResponse sameRank = define("T_OTHER", 150, 150_500, "1");

        assertThat(sameCode.status()).isEqualTo(409);
        assertThat(sameCode.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(sameRank.status()).isEqualTo(409);
        assertThat(sameRank.body().get("errors").get(0).get("field").asString()).isEqualTo("rank");
    }

    @Test
    void invalidValuesAreNamed() {
        ApiResponse refused = asAdmin().post("/api/v1/loyalty/levels", Map.of("code", "bad code", "name", "",
                "rank", 0, "qualifyingPoints", -5, "earnMultiplier", "0"));

        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.body().get("errors").values().forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).contains("code", "name", "rank", "qualifyingPoints", "earnMultiplier");
    }

    @Test
    void aLevelAskingLessThanALowerRankedOneIsRefusedNamingTheThreshold() {
        assertThat(define("T_LOW", 170, 170_000, "1").status()).isEqualTo(201);

        ApiResponse refused = define("T_ABOVE", 171, 169_000, "1");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(LoyaltyFixtures.fields(refused.body())).containsExactly("qualifyingPoints");
        assertThat(asAdmin().get("/api/v1/loyalty/levels/T_ABOVE").status()).isEqualTo(404);
    }

    @Test
    void onlyAdminsDefineLevelsAndUnknownCodesAre404() {
        ApiResponse bySupervisor = asNewStaff(Role.SUPERVISOR).post("/api/v1/loyalty/levels", Map.of("code", "T_NOPE",
                "name", "Nope", "rank", 190, "qualifyingPoints", 0, "earnMultiplier", "1"));

        assertThat(bySupervisor.status()).isEqualTo(403);
        assertThat(asAdmin().get("/api/v1/loyalty/levels/T_NOPE").status()).isEqualTo(404);
        assertThat(anonymous().get("/api/v1/loyalty/levels").status()).isEqualTo(401);
    }

    @Test
    void aPageLargerThanTheCapIsNamed() {
        ApiResponse refused = asAdmin().get("/api/v1/loyalty/levels?size=201");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("size");
    }

    @Test
    void aDefinitionIsAudited() {
        assertThat(define("T_AUDITED", 160, 160_000, "1.25").status()).isEqualTo(201);

        assertThat(auditLog.historyOf("MembershipLevel", "T_AUDITED")).extracting(entry -> entry.action())
                .containsExactly("loyalty.level-defined");
    }

    private ApiResponse define(String code, int rank, long points, String multiplier) {
        return asAdmin().post("/api/v1/loyalty/levels", Map.of("code", code, "name", code, "rank", rank,
                "qualifyingPoints", points, "earnMultiplier", multiplier));
    }
}
