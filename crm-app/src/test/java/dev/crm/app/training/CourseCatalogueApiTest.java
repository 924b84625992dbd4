package dev.crm.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import dev.crm.training.api.CourseCatalogue;
import dev.crm.training.api.CourseCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CourseCatalogueApiTest extends ApiIntegrationTest {

    @Autowired
    CourseCatalogue catalogue;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Test
    void hrOffersACourseThatAgentsCanReadWithTheDefaultPassMark() {
        ApiClient hr = asNewStaff(Role.HR);

        ApiResponse offered = hr.post("/api/v1/training/courses", course("LISTEN-" + suffix, "PROFESSIONALISM"));

        assertThat(offered.status()).isEqualTo(201);
        assertThat(offered.header("Location")).endsWith("/api/v1/training/courses/LISTEN-" + suffix);
        ApiResponse read = asNewStaff(Role.AGENT).get("/api/v1/training/courses/LISTEN-" + suffix);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("passMarkPercent").asInt()).isEqualTo(80);
        assertThat(read.body().get("title").asString()).isEqualTo("Active listening");
        assertThat(catalogue.find("LISTEN-" + suffix)).isPresent();
    }

    @Test
    void theCatalogueFiltersByCategoryOnePageAtATime() {
        ApiClient hr = asNewStaff(Role.HR);
        hr.post("/api/v1/training/courses", course("CRMA-" + suffix, "CRM"));
        hr.post("/api/v1/training/courses", course("CRMB-" + suffix, "CRM"));
        hr.post("/api/v1/training/courses", course("TOOL-" + suffix, "TOOLS"));

        ApiResponse crmCourses = hr.get("/api/v1/training/courses?category=CRM&size=200");

        List<String> codes = new ArrayList<>();
        crmCourses.body().get("items").values().forEach(item -> codes.add(item.get("code").asString()));
        assertThat(codes).contains("CRMA-" + suffix, "CRMB-" + suffix).doesNotContain("TOOL-" + suffix);
        assertThat(hr.get("/api/v1/training/courses?category=CRM&size=1").body().get("items").size()).isEqualTo(1);
        assertThat(catalogue.inCategory(CourseCategory.TOOLS)).anyMatch(c -> c.code().equals("TOOL-" + suffix));
    }

    @Test
    void aTakenCodeIsA409AndBadValuesAreNamed() {
        ApiClient hr = asNewStaff(Role.HR);
        assertThat(hr.post("/api/v1/training/courses", course("DUP-" + suffix, "CRM")).status()).isEqualTo(201);
        ApiResponse again = hr.post("/api/v1/training/courses", course("dup-" + suffix, "CRM"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("errors").get(0).get("field").asString()).isEqualTo("code");

        Map<String, Object> bad = course("BAD-" + suffix, "CRM");
        bad.put("durationMinutes", 0);
        bad.put("passMarkPercent", 120);
        ApiResponse refused = hr.post("/api/v1/training/courses", bad);
        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.body().get("errors").values().forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("durationMinutes", "passMarkPercent");
        assertThat(hr.get("/api/v1/training/courses?category=ASTROLOGY").body().get("errors").get(0).get("field")
                .asString()).isEqualTo("category");
    }

    @Test
    void onlyHrAndAdminsOfferCoursesAndUnknownCodesAre404() {
        assertThat(anonymous().post("/api/v1/training/courses", course("ANON-" + suffix, "CRM")).status())
                .isEqualTo(401);
        assertThat(anonymous().get("/api/v1/training/courses").status()).isEqualTo(401);
        assertThat(asNewStaff(Role.AGENT).post("/api/v1/training/courses", course("NOPE-" + suffix, "CRM")).status())
                .isEqualTo(403);
        assertThat(asNewStaff(Role.ANALYST).get("/api/v1/training/courses").status()).isEqualTo(403);
        assertThat(asAdmin().get("/api/v1/training/courses/NOPE-" + suffix).status()).isEqualTo(404);
    }

    private static Map<String, Object> course(String code, String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Active listening");
        body.put("category", category);
        body.put("deliveryForm", "SIMULATION_DRILL");
        body.put("durationMinutes", 90);
        return body;
    }
}
