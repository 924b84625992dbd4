package dev.crm.app.training;

import static dev.crm.app.training.TrainingFixtures.created;
import static dev.crm.app.training.TrainingFixtures.fields;
import static dev.crm.app.training.TrainingFixtures.organisation;
import static dev.crm.app.training.TrainingFixtures.profile;
import static dev.crm.app.training.TrainingFixtures.unit;
import static dev.crm.app.training.TrainingFixtures.username;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import dev.crm.training.api.ReportingLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The three-tier organisation, staff profiles and the reporting lines the privacy rules follow. */
class OrganisationApiTest extends ApiIntegrationTest {

    @Autowired
    ReportingLines reportingLines;

    private final String suffix = TrainingFixtures.suffix();

    @Test
    void hrBuildsTheThreeTierTreeThatEveryoneCanRead() {
        ApiClient hr = asNewStaff(Role.HR);
        String team = organisation(hr, suffix);

        ApiResponse read = asNewStaff(Role.AGENT).get("/api/v1/training/departments/" + team);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("tier").asString()).isEqualTo("FRONTLINE_TEAM");
        assertThat(read.body().get("ancestors").values()).extracting(n -> n.asString())
                .containsExactly("BU-" + suffix, "HQ-" + suffix);
        ApiResponse hq = hr.get("/api/v1/training/departments/HQ-" + suffix);
        assertThat(hq.body().get("children").values()).extracting(n -> n.asString()).containsExactly("BU-" + suffix);
        List<String> codes = new ArrayList<>();
        hr.get("/api/v1/training/departments").body().values().forEach(n -> codes.add(n.get("code").asString()));
        assertThat(codes).contains("HQ-" + suffix, "BU-" + suffix, team);
    }

    @Test
    void misplacedUnitsAreRefusedNamingTheField() {
        ApiClient hr = asNewStaff(Role.HR);
        String team = organisation(hr, suffix);

        ApiResponse orphan = hr.post("/api/v1/training/departments", unit("LOOSE-" + suffix, "FRONTLINE_TEAM", null));
        ApiResponse unknownParent = hr.post("/api/v1/training/departments",
                unit("LOST-" + suffix, "FRONTLINE_TEAM", "NOWHERE-" + suffix));
        ApiResponse groupInTeam = hr.post("/api/v1/training/departments",
                unit("QG2-" + suffix, "BUSINESS_UNIT_QUALITY_GROUP", team));
        ApiResponse belowItself = hr.put("/api/v1/training/departments/HQ-" + suffix,
                Map.of("name", "HQ", "tier", "HQ_QUALITY_COMMITTEE", "parentCode", "HQ-" + suffix));
        ApiResponse badTier = hr.post("/api/v1/training/departments", unit("X-" + suffix, "GALACTIC", null));

        assertThat(orphan.status()).isEqualTo(422);
        assertThat(fields(orphan)).containsExactly("parentCode");
        assertThat(unknownParent.status()).isEqualTo(422);
        assertThat(fields(unknownParent)).containsExactly("parentCode");
        assertThat(groupInTeam.status()).isEqualTo(422);
        assertThat(fields(groupInTeam)).containsExactly("tier");
        assertThat(belowItself.status()).isEqualTo(400);
        assertThat(fields(belowItself)).containsExactly("parentCode");
        assertThat(badTier.status()).isEqualTo(400);
        assertThat(hr.get("/api/v1/training/departments/LOOSE-" + suffix).status()).isEqualTo(404);
        assertThat(hr.post("/api/v1/training/departments", unit("HQ-" + suffix, "HQ_QUALITY_COMMITTEE", null))
                .status()).isEqualTo(409);
        assertThat(asNewStaff(Role.AGENT).post("/api/v1/training/departments",
                unit("AG-" + suffix, "HQ_QUALITY_COMMITTEE", null)).status()).isEqualTo(403);
    }

    @Test
    void profilesReferToExistingAccountsDepartmentsAndSupervisorsWithoutLoops() {
        ApiClient hr = asNewStaff(Role.HR);
        String team = organisation(hr, suffix);
        String lead = username(asNewStaff(Role.SUPERVISOR));
        String agent = username(asNewStaff(Role.AGENT));
        created(hr.post("/api/v1/training/staff", profile(lead, "BU-" + suffix, null)));
        created(hr.post("/api/v1/training/staff", profile(agent, team, lead)));

        ApiResponse noAccount = hr.post("/api/v1/training/staff", profile("ghost-" + suffix.toLowerCase(), team, lead));
        ApiResponse noDepartment = hr.post("/api/v1/training/staff",
                profile(username(asNewStaff(Role.AGENT)), "NOWHERE-" + suffix, lead));
        ApiResponse noSupervisorProfile = hr.post("/api/v1/training/staff",
                profile(username(asNewStaff(Role.AGENT)), team, username(asNewStaff(Role.SUPERVISOR))));
        ApiResponse loop = hr.put("/api/v1/training/staff/" + lead, profile(lead, "BU-" + suffix, agent));
        ApiResponse again = hr.post("/api/v1/training/staff", profile(agent, team, lead));

        assertThat(noAccount.status()).isEqualTo(422);
        assertThat(fields(noAccount)).containsExactly("username");
        assertThat(noDepartment.status()).isEqualTo(422);
        assertThat(fields(noDepartment)).containsExactly("departmentCode");
        assertThat(noSupervisorProfile.status()).isEqualTo(422);
        assertThat(fields(noSupervisorProfile)).containsExactly("supervisor");
        assertThat(loop.status()).isEqualTo(422);
        assertThat(fields(loop)).containsExactly("supervisor");
        var leadProfile = hr.get("/api/v1/training/staff/" + lead).body().path("supervisor");
        assertThat(leadProfile.isNull() || leadProfile.isMissingNode()).isTrue();
        assertThat(again.status()).isEqualTo(409);
        Map<String, Object> missing = profile(username(asNewStaff(Role.AGENT)), team, null);
        missing.remove("hireDate");
        assertThat(fields(hr.post("/api/v1/training/staff", missing))).containsExactly("hireDate");
    }

    @Test
    void aProfileIsReadByHrThePersonAndTheirSupervisorChainOnly() {
        ApiClient hr = asNewStaff(Role.HR);
        String team = organisation(hr, suffix);
        ApiClient head = asNewStaff(Role.SUPERVISOR);
        ApiClient lead = asNewStaff(Role.SUPERVISOR);
        ApiClient agent = asNewStaff(Role.AGENT);
        ApiClient colleague = asNewStaff(Role.AGENT);
        created(hr.post("/api/v1/training/staff", profile(username(head), "HQ-" + suffix, null)));
        created(hr.post("/api/v1/training/staff", profile(username(lead), "BU-" + suffix, username(head))));
        created(hr.post("/api/v1/training/staff", profile(username(agent), team, username(lead))));
        created(hr.post("/api/v1/training/staff", profile(username(colleague), team, username(lead))));
        String path = "/api/v1/training/staff/" + username(agent);

        assertThat(agent.get(path).status()).isEqualTo(200);
        assertThat(agent.get(path).body().get("supervisorChain").values()).extracting(n -> n.asString())
                .containsExactly(username(lead), username(head));
        assertThat(lead.get(path).status()).isEqualTo(200);
        assertThat(head.get(path).status()).isEqualTo(200);
        assertThat(colleague.get(path).status()).isEqualTo(403);
        assertThat(agent.get("/api/v1/training/staff/" + username(lead)).status()).isEqualTo(403);
        assertThat(lead.get("/api/v1/training/staff?supervisor=" + username(lead)).body().get("total").asInt())
                .isEqualTo(2);
        assertThat(lead.get("/api/v1/training/staff").status()).isEqualTo(403);
        assertThat(asNewStaff(Role.ANALYST).get(path).status()).isEqualTo(403);
        assertThat(reportingLines.isSelfOrSupervisorOf(username(head), username(agent))).isTrue();
        assertThat(reportingLines.isSelfOrSupervisorOf(username(colleague), username(agent))).isFalse();
        assertThat(reportingLines.reportsOf(username(head)))
                .containsExactlyInAnyOrder(username(lead), username(agent), username(colleague));
    }
}
