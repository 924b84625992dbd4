package dev.crm.app.complaint;

import static dev.crm.app.complaint.KpiComplaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.application.ComplaintKpis;
import dev.crm.complaint.application.KpiReportProperties;
import dev.crm.complaint.application.KpiReports;
import dev.crm.complaint.domain.KpiDimension;
import dev.crm.complaint.domain.KpiPeriod;
import dev.crm.complaint.domain.KpiReport;
import dev.crm.complaint.persistence.KpiReportRepository;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * The periodic KPI report: one per period however many nodes fire, readable and exportable as
 * CSV afterwards; on demand for admins and analysts. January 2015 belongs to this class.
 */
class KpiReportsTest extends ApiIntegrationTest {

    private static final String DEPARTMENT = "Returns, \"East\"";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ComplaintKpis kpis;

    @Autowired
    KpiReportRepository reportRepository;

    @Autowired
    AuditLog auditLog;

    /**
     * R1 WEB_FORM L2 SERVICE: first response 1 h (48 h), resolved 5 h (72 h).
     * R2 PHONE L1 PRICE: first response 2 h (15 min: breach), resolved 10 h (48 h).
     */
    private void insertJanuary() {
        aComplaint("K-2015-R1").receivedAt("2015-01-05T09:00:00Z").assessed(Grade.LEVEL_2, ComplaintType.SERVICE)
                .inDepartment(DEPARTMENT).respondedAfter(Duration.ofHours(1)).resolvedAfter(Duration.ofHours(5))
                .insert(mongo);
        aComplaint("K-2015-R2").via(Channel.PHONE).receivedAt("2015-01-20T09:00:00Z")
                .assessed(Grade.LEVEL_1, ComplaintType.PRICE).inDepartment("billing")
                .respondedAfter(Duration.ofHours(2)).resolvedAfter(Duration.ofHours(10)).insert(mongo);
    }

    @Test
    void twoNodesFiringTogetherWriteLastMonthsReportOnceAndItExportsAsCsv() throws Exception {
        insertJanuary();
        KpiReportProperties monthly = new KpiReportProperties(true, "0 0 3 1 * *", KpiPeriod.MONTH,
                List.of(KpiDimension.CHANNEL, KpiDimension.DEPARTMENT));
        KpiReports nodeA = new KpiReports(kpis, reportRepository, mongo, monthly, auditLog);
        KpiReports nodeB = new KpiReports(kpis, reportRepository, mongo, monthly, auditLog);
        Instant firing = Instant.parse("2015-02-01T03:00:00Z");
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<Optional<KpiReport>> a = CompletableFuture.supplyAsync(() -> fire(start, nodeA, firing));
        CompletableFuture<Optional<KpiReport>> b = CompletableFuture.supplyAsync(() -> fire(start, nodeB, firing));
        start.countDown();
        List<KpiReport> written = new ArrayList<>();
        a.get().ifPresent(written::add);
        b.get().ifPresent(written::add);
        // Firing again in the same month (a restart, a third node) finds the period taken.
        Optional<KpiReport> again = nodeA.runScheduled(firing.plus(Duration.ofHours(5)));

        assertThat(written).hasSize(1);
        assertThat(again).isEmpty();
        assertThat(mongo.count(Query.query(where("periodKey").is("MONTH:2015-01")), KpiReport.class)).isEqualTo(1);
        String id = written.get(0).getId();

        ApiClient analyst = asNewStaff(Role.ANALYST);
        ApiResponse report = analyst.get("/api/v1/complaints/kpi-reports/" + id);
        assertThat(report.status()).as("%s", report).isEqualTo(200);
        assertThat(report.body().get("trigger").asString()).isEqualTo("SCHEDULED");
        assertThat(report.body().get("periodKey").asString()).isEqualTo("MONTH:2015-01");
        assertThat(report.body().get("from").asString()).isEqualTo("2015-01-01");
        assertThat(report.body().get("to").asString()).isEqualTo("2015-01-31");
        assertThat(report.body().get("generatedBy").asString()).isEqualTo("system");
        JsonNode overall = report.body().get("overall").get("buckets").get(0);
        assertThat(overall.get("label").asString()).isEqualTo("2015-01");
        assertThat(overall.get("groups").get(0).get("figures").get("complaints").asLong()).isEqualTo(2);
        assertThat(report.body().get("breakdowns")).extracting(r -> r.get("groupBy").asString())
                .containsExactly("CHANNEL", "DEPARTMENT");
        assertThat(ids(analyst.get("/api/v1/complaints/kpi-reports?size=200"))).contains(id);

        ApiResponse csv = analyst.get("/api/v1/complaints/kpi-reports/" + id + "/export", "text/csv");
        assertThat(csv.status()).as("%s", csv).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
        String body = csv.rawBody();
        assertThat(body).endsWith("\r\n");
        List<String> lines = List.of(body.split("\r\n"));
        List<String> header = fields(lines.get(0));
        assertThat(header).startsWith("section", "dimension", "group", "bucket", "start", "end", "grade",
                "complaints");
        assertThat(header).hasSize(49);
        for (String line : lines) {
            assertThat(fields(line)).as(line).hasSize(header.size());
        }
        // Overall: first response 1 of 2 within target (R2's phone target is 15 min); resolution 2 of 2;
        // response 3600, 7200 s → mean 5400, median (rank 1) 3600, p90 (rank 2) 7200; resolution 18000,
        // 36000 → 27000, 18000, 36000; no orders in January 2015, so no rates; no surveys; types by
        // count, then name.
        assertThat(lines).contains("KPI,,,2015-01,2015-01-01T00:00:00Z,2015-02-01T00:00:00Z,,2,2,1,50,2,2,100,"
                + "2,5400,3600,7200,2,27000,18000,36000,0,0,,,0,0,2,0,0,0,0,,90,,0,,,0,0,0,,PRICE:1; SERVICE:1,"
                + ",,,,");
        // A department with a comma and quotes is quoted, its quotes doubled (RFC 4180).
        String returns = lines.stream().filter(line -> line.startsWith("KPI,DEPARTMENT,\"Returns, \"\"East\"\"\","))
                .findFirst().orElseThrow();
        assertThat(fields(returns).get(2)).isEqualTo(DEPARTMENT);
        assertThat(fields(returns).get(7)).isEqualTo("1");
        assertThat(lines).anyMatch(line -> line.startsWith("KPI,CHANNEL,PHONE,2015-01,"));
        assertThat(lines).anyMatch(line -> line.startsWith("BACKLOG,,,,2015-02-01T00:00:00Z,,LEVEL_1,"));
        assertThat(lines).anyMatch(line -> line.startsWith("BACKLOG,,,,2015-02-01T00:00:00Z,,ALL,"));
    }

    @Test
    void analystsAndAdminsGenerateReportsOnDemandOverTheirRange() {
        ApiClient analyst = asNewStaff(Role.ANALYST);

        ApiResponse created = analyst.post("/api/v1/complaints/kpi-reports",
                Map.of("period", "WEEK", "from", "2015-01-01", "to", "2015-01-31", "dimensions", List.of("grade")));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/complaints/kpi-reports/"
                + created.body().get("id").asString());
        assertThat(created.body().get("trigger").asString()).isEqualTo("ON_DEMAND");
        assertThat(created.body().get("periodKey").isNull()).isTrue();
        // 1 January 2015 is a Thursday: week 1 is cut to start then, week 5 to end on the 31st.
        assertThat(created.body().get("overall").get("buckets")).extracting(b -> b.get("label").asString())
                .containsExactly("2015-W01", "2015-W02", "2015-W03", "2015-W04", "2015-W05");
        assertThat(created.body().get("overall").get("buckets").get(4).get("end").asString())
                .isEqualTo("2015-02-01T00:00:00Z");
        assertThat(created.body().get("breakdowns")).hasSize(1);
        assertThat(created.body().get("breakdowns").get(0).get("groupBy").asString()).isEqualTo("GRADE");
        assertThat(asAdmin().post("/api/v1/complaints/kpi-reports",
                Map.of("period", "MONTH", "from", "2015-01-01", "to", "2015-01-31")).status()).isEqualTo(201);
    }

    @Test
    void badReportRequestsNameTheFieldAndOnlyAnalystsAndAdminsMayGenerate() {
        ApiClient analyst = asNewStaff(Role.ANALYST);

        ApiResponse badDimension = analyst.post("/api/v1/complaints/kpi-reports",
                Map.of("period", "MONTH", "dimensions", List.of("CHANNEL", "MOOD")));
        ApiResponse badPeriod = analyst.post("/api/v1/complaints/kpi-reports", Map.of("period", "FORTNIGHT"));
        ApiResponse reversed = analyst.post("/api/v1/complaints/kpi-reports",
                Map.of("from", "2015-02-01", "to", "2015-01-01"));

        assertThat(badDimension.status()).isEqualTo(400);
        assertThat(badDimension.body().get("errors").get(0).get("field").asString()).isEqualTo("dimensions[1]");
        assertThat(badPeriod.body().get("errors").get(0).get("field").asString()).isEqualTo("period");
        assertThat(reversed.body().get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(asNewStaff(Role.SUPERVISOR).post("/api/v1/complaints/kpi-reports", Map.of()).status())
                .isEqualTo(403);
        assertThat(asNewStaff(Role.AGENT).get("/api/v1/complaints/kpi-reports").status()).isEqualTo(403);
        assertThat(asNewStaff(Role.SUPERVISOR).get("/api/v1/complaints/kpi-reports").status()).isEqualTo(200);
        assertThat(analyst.get("/api/v1/complaints/kpi-reports/no-such-report").status()).isEqualTo(404);
        assertThat(analyst.get("/api/v1/complaints/kpi-reports/no-such-report/export", "text/csv").status())
                .isEqualTo(404);
    }

    private static Optional<KpiReport> fire(CountDownLatch start, KpiReports node, Instant at) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return node.runScheduled(at);
    }

    private static List<String> ids(ApiResponse page) {
        List<String> ids = new ArrayList<>();
        page.body().get("items").values().forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    /** Splits one CSV line by RFC 4180 (quoted fields, doubled quotes). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
