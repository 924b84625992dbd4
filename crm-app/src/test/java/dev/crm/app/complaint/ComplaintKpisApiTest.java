package dev.crm.app.complaint;

import static dev.crm.app.complaint.KpiComplaints.aComplaint;
import static dev.crm.app.complaint.KpiComplaints.order;
import static dev.crm.app.complaint.KpiComplaints.survey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.application.ComplaintKpis;
import dev.crm.complaint.application.KpiProperties;
import dev.crm.complaint.domain.KpiPeriod;
import dev.crm.complaint.domain.KpiQuery;
import dev.crm.complaint.domain.KpiResult;
import dev.crm.complaint.persistence.KpiAggregations;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.Role;
import dev.crm.customer.api.CustomerActivity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * The KPI view over HTTP against hand-computed figures. Each test owns a year long past, so the
 * shared store's other complaints (received now) stay out of its buckets; "now" is the real clock,
 * so every deadline of these complaints has passed.
 */
class ComplaintKpisApiTest extends ApiIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KpiAggregations aggregations;

    @Autowired
    CustomerActivity customerActivity;

    /**
     * March of {@code year} (UTC, the suite's business zone), five complaints, eight orders by four
     * customers and six surveys:
     * <pre>
     * A WEB_FORM L2 SERVICE  first response 1 h, resolved 10 h, closed 12 h   dept returns   li.wei
     * B WEB_FORM L2 SERVICE  first response 2 h, resolved 20 h, reopened 30 h dept returns   li.wei
     * C WEB_FORM L1 PRICE    first response 30 h (target 24 h: breach), resolved 50 h (48 h: breach)
     *                                                                          dept billing   li.wei
     * D WEB_FORM ungraded    nothing after acceptance: both deadlines (48 h, 72 h) long past
     *                                                                          no dept        zhang.min
     * E PHONE    L3 SERVICE  first response 10 min (15 min), resolved 4 h, closed 5 h; a repeat of A
     *                                                                          dept returns   zhang.min
     * </pre>
     */
    private void insertMarch(int year) {
        String y = Integer.toString(year);
        String prefix = "K-" + y + "-";
        aComplaint(prefix + "A").receivedAt(y + "-03-01T10:00:00Z").assessed(Grade.LEVEL_2, ComplaintType.SERVICE)
                .ownedBy("li.wei").inDepartment("returns").respondedAfter(hours(1)).resolvedAfter(hours(10))
                .closedAfter(hours(12)).insert(mongo);
        aComplaint(prefix + "B").receivedAt(y + "-03-02T10:00:00Z").assessed(Grade.LEVEL_2, ComplaintType.SERVICE)
                .ownedBy("li.wei").inDepartment("returns").respondedAfter(hours(2)).resolvedAfter(hours(20))
                .reopenedAfter(hours(30)).insert(mongo);
        aComplaint(prefix + "C").receivedAt(y + "-03-03T10:00:00Z").assessed(Grade.LEVEL_1, ComplaintType.PRICE)
                .ownedBy("li.wei").inDepartment("billing").respondedAfter(hours(30)).resolvedAfter(hours(50))
                .insert(mongo);
        aComplaint(prefix + "D").receivedAt(y + "-03-04T10:00:00Z").ownedBy("zhang.min").insert(mongo);
        aComplaint(prefix + "E").via(Channel.PHONE).receivedAt(y + "-03-05T10:00:00Z")
                .assessed(Grade.LEVEL_3, ComplaintType.SERVICE).ownedBy("zhang.min").inDepartment("returns")
                .respondedAfter(Duration.ofMinutes(10)).resolvedAfter(hours(4)).closedAfter(hours(5))
                .repeatOf(prefix + "A").insert(mongo);
        List<Document> orders = new ArrayList<>();
        String[] customers = {"c1", "c1", "c1", "c2", "c2", "c3", "c4", "c4"};
        for (int i = 0; i < customers.length; i++) {
            orders.add(order("SO-" + y + "-" + i, "kpi-" + y + "-" + customers[i], y + "-03-1" + i + "T08:00:00Z"));
        }
        // Outside March: not counted.
        orders.add(order("SO-" + y + "-feb", "kpi-" + y + "-c9", y + "-02-28T23:59:59Z"));
        mongo.insert(orders, "orders");
        mongo.insert(List.of(
                survey("POST_RESOLUTION", prefix + "A", "WEB_FORM", "returns", "li.wei", y + "-03-02T09:00:00Z", 5, 10),
                survey("POST_RESOLUTION", prefix + "B", "WEB_FORM", "returns", "li.wei", y + "-03-03T09:00:00Z", 4, 8),
                survey("POST_RESOLUTION", prefix + "E", "PHONE", "returns", "zhang.min", y + "-03-06T09:00:00Z", 2, 3),
                survey("RELATIONSHIP", null, "EMAIL", null, null, y + "-03-20T09:00:00Z", 3, 9),
                survey("POST_RESOLUTION", prefix + "C", "WEB_FORM", "billing", "li.wei", null, null, null),
                survey("RELATIONSHIP", null, "EMAIL", null, null, y + "-03-21T09:00:00Z", null, 7)), "surveys");
    }

    @Test
    void aMonthOfComplaintsGivesTheHandComputedFigures() {
        insertMarch(2011);

        ApiResponse answer = asNewStaff(Role.ANALYST)
                .get("/api/v1/complaints/kpis?period=MONTH&from=2011-03-01&to=2011-04-30");

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        JsonNode buckets = answer.body().get("buckets");
        assertThat(buckets).hasSize(2);
        assertThat(buckets.get(0).get("label").asString()).isEqualTo("2011-03");
        assertThat(buckets.get(0).get("start").asString()).isEqualTo("2011-03-01T00:00:00Z");
        assertThat(buckets.get(0).get("end").asString()).isEqualTo("2011-04-01T00:00:00Z");
        assertThat(buckets.get(0).get("groups")).hasSize(1);
        JsonNode march = buckets.get(0).get("groups").get(0).get("figures");
        assertThat(march.get("complaints").asLong()).isEqualTo(5);
        // First response: A, B, E met; C met late (breach), D never: 3 of 5 = 60 %.
        assertShare(march.get("firstResponseSla"), 3, 5, 60.0);
        // Resolution: A, B, E within target; C late; D past its 72 h deadline: 3 of 5.
        assertShare(march.get("resolutionSla"), 3, 5, 60.0);
        // Response times 600, 3600, 7200, 108000 s: mean 119400 / 4 = 29850; nearest rank: median = 2nd
        // (⌈0.5·4⌉ = 2) = 3600, p90 = ⌈0.9·4⌉ = 4th = 108000.
        assertTimes(march.get("responseTime"), 4, 29850.0, 3600.0, 108000.0);
        // Resolution times 14400 (E), 36000 (A), 72000 (B; the reopen keeps the resolution), 180000 (C):
        // mean 302400 / 4 = 75600; median 2nd = 36000; p90 4th = 180000.
        assertTimes(march.get("resolutionTime"), 4, 75600.0, 36000.0, 180000.0);
        // 8 March orders by 4 customers (the February one left out): 5 / 4 · 1000 = 1250; 5 / 8 · 1000 = 625.
        JsonNode rate = march.get("complaintRate");
        assertThat(rate.get("activeCustomers").asLong()).isEqualTo(4);
        assertThat(rate.get("orders").asLong()).isEqualTo(8);
        assertThat(rate.get("perThousandActiveCustomers").asDouble()).isEqualTo(1250.0);
        assertThat(rate.get("perThousandOrders").asDouble()).isEqualTo(625.0);
        // E is a repeat: 1 of 5. B reopened, of A, B, C, E resolved: 1 of 4.
        assertShare(march.get("repeatComplaints"), 1, 5, 20.0);
        assertShare(march.get("reopened"), 1, 4, 25.0);
        // Post-resolution answers 5, 4, 2 (C's survey unanswered): 2 of 3 satisfied = 66.67 % < 90 %.
        JsonNode handling = march.get("handlingSatisfaction");
        assertThat(handling.get("answered").asLong()).isEqualTo(3);
        assertThat(handling.get("satisfied").asLong()).isEqualTo(2);
        assertThat(handling.get("percent").asDouble()).isEqualTo(66.67);
        assertThat(handling.get("targetPercent").asDouble()).isEqualTo(90.0);
        assertThat(handling.get("belowTarget").asBoolean()).isTrue();
        // CSAT over every answer with a score: 5, 4, 2, 3 → mean 3.5, 2 of 4 satisfied.
        JsonNode csat = march.get("csat");
        assertThat(csat.get("answered").asLong()).isEqualTo(4);
        assertThat(csat.get("mean").asDouble()).isEqualTo(3.5);
        assertThat(csat.get("satisfiedPercent").asDouble()).isEqualTo(50.0);
        // NPS 10, 8, 3, 9, 7: promoters 10 and 9, detractor 3: (2 − 1) / 5 = 20 points.
        JsonNode nps = march.get("nps");
        assertThat(nps.get("answered").asLong()).isEqualTo(5);
        assertThat(nps.get("promoters").asLong()).isEqualTo(2);
        assertThat(nps.get("detractors").asLong()).isEqualTo(1);
        assertThat(nps.get("score").asDouble()).isEqualTo(20.0);
        // Types: SERVICE A, B, E; PRICE C; D unclassified.
        JsonNode types = march.get("topTypes");
        assertThat(types).hasSize(2);
        assertThat(types.get(0).get("type").asString()).isEqualTo("SERVICE");
        assertThat(types.get(0).get("count").asLong()).isEqualTo(3);
        assertThat(types.get(1).get("type").asString()).isEqualTo("PRICE");

        JsonNode april = buckets.get(1).get("groups").get(0).get("figures");
        assertThat(april.get("complaints").asLong()).isZero();
        assertThat(april.get("firstResponseSla").get("outOf").asLong()).isZero();
        assertThat(april.get("firstResponseSla").get("percent").isNull()).isTrue();
        assertThat(april.get("responseTime").get("medianSeconds").isNull()).isTrue();
        assertThat(april.get("complaintRate").get("perThousandOrders").isNull()).isTrue();
        assertThat(april.get("handlingSatisfaction").get("belowTarget").isNull()).isTrue();
        assertThat(april.get("nps").get("score").isNull()).isTrue();
        assertThat(april.get("topTypes")).isEmpty();

        // Open at the end of April: B (reopened, Level 2), C (resolved, Level 1), D (ungraded), all > 7 days.
        JsonNode backlog = answer.body().get("backlog");
        assertThat(backlog.get("asOf").asString()).isEqualTo("2011-05-01T00:00:00Z");
        JsonNode overall = backlog.get("groups").get(0);
        assertThat(overall.get("total").get("total").asLong()).isEqualTo(3);
        assertThat(overall.get("total").get("overSevenDays").asLong()).isEqualTo(3);
        assertThat(overall.get("byGrade")).hasSize(4);
        assertThat(overall.get("byGrade").get(0).get("grade").asString()).isEqualTo("LEVEL_1");
        assertThat(overall.get("byGrade").get(0).get("total").asLong()).isEqualTo(1);
        assertThat(overall.get("byGrade").get(1).get("total").asLong()).isEqualTo(1);
        assertThat(overall.get("byGrade").get(2).get("total").asLong()).isZero();
        assertThat(overall.get("byGrade").get(3).get("grade").isNull()).isTrue();
        assertThat(overall.get("byGrade").get(3).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void groupsListTheWholeVocabularyAndEverySeenValue() {
        insertMarch(2012);
        GroupedMarch analyst = new GroupedMarch();

        JsonNode byChannel = group(analyst.get("CHANNEL", 2012), 0);
        // All ten channels, in their order, quiet ones with zero counts and null shares.
        assertThat(byChannel).hasSize(Channel.values().length);
        assertThat(byChannel.get(0).get("group").asString()).isEqualTo("PHONE");
        JsonNode phone = byChannel.get(0).get("figures");
        assertThat(phone.get("complaints").asLong()).isEqualTo(1);
        assertTimes(phone.get("responseTime"), 1, 600.0, 600.0, 600.0);
        // E's survey (csat 2) came through the phone: 0 of 1 satisfied.
        assertThat(phone.get("handlingSatisfaction").get("percent").asDouble()).isEqualTo(0.0);
        JsonNode email = byChannel.get(1).get("figures");
        assertThat(byChannel.get(1).get("group").asString()).isEqualTo("EMAIL");
        assertThat(email.get("complaints").asLong()).isZero();
        assertThat(email.get("firstResponseSla").get("percent").isNull()).isTrue();
        // The two relationship surveys came by e-mail: CSAT 3 (one score), NPS 9 and 7 → (1 − 0) / 2 = 50.
        assertThat(email.get("csat").get("mean").asDouble()).isEqualTo(3.0);
        assertThat(email.get("nps").get("score").asDouble()).isEqualTo(50.0);
        JsonNode webForm = byName(byChannel, "WEB_FORM").get("figures");
        // A, B, C, D: first response met by A and B of 4 decided.
        assertShare(webForm.get("firstResponseSla"), 2, 4, 50.0);
        // Complaint rates of a group are against the bucket's whole customer base: 4 / 4 · 1000.
        assertThat(webForm.get("complaintRate").get("perThousandActiveCustomers").asDouble()).isEqualTo(1000.0);

        JsonNode byDepartment = group(analyst.get("DEPARTMENT", 2012), 0);
        assertThat(byDepartment).extracting(g -> g.get("group").isNull() ? null : g.get("group").asString())
                .containsExactly("billing", "returns", null);
        assertThat(byName(byDepartment, "returns").get("figures").get("complaints").asLong()).isEqualTo(3);
        assertThat(byDepartment.get(2).get("figures").get("complaints").asLong()).isEqualTo(1);

        // Surveys know no type: they are grouped by their complaint's (A, B: SERVICE, 5 and 4; E: SERVICE, 2).
        JsonNode byType = group(analyst.get("TYPE", 2012), 0);
        JsonNode service = byName(byType, "SERVICE").get("figures");
        assertThat(service.get("complaints").asLong()).isEqualTo(3);
        assertThat(service.get("handlingSatisfaction").get("answered").asLong()).isEqualTo(3);
        assertThat(service.get("handlingSatisfaction").get("satisfied").asLong()).isEqualTo(2);

        JsonNode byAgent = group(analyst.get("AGENT", 2012), 0);
        assertThat(byName(byAgent, "li.wei").get("figures").get("complaints").asLong()).isEqualTo(3);
        assertThat(byName(byAgent, "zhang.min").get("figures").get("repeatComplaints").get("count").asLong())
                .isEqualTo(1);
    }

    @Test
    void aSingleComplaintAndTiedDurationsFollowNearestRank() {
        aComplaint("K-2013-single").receivedAt("2013-01-10T00:00:00Z").respondedAfter(hours(5)).insert(mongo);
        // February: responses after 1, 1, 1, 2, 2, 2, 2, 3, 3, 10 hours.
        int[] responseHours = {2, 10, 1, 3, 2, 1, 2, 3, 1, 2};
        for (int i = 0; i < responseHours.length; i++) {
            aComplaint("K-2013-tie-" + i).receivedAt("2013-02-1" + i + "T00:00:00Z")
                    .respondedAfter(hours(responseHours[i])).insert(mongo);
        }

        JsonNode buckets = asAdmin().get("/api/v1/complaints/kpis?period=MONTH&from=2013-01-01&to=2013-02-28")
                .body().get("buckets");

        // One value: it is the mean, the median and the 90th percentile.
        assertTimes(buckets.get(0).get("groups").get(0).get("figures").get("responseTime"), 1, 18000.0, 18000.0,
                18000.0);
        // n = 10: median at rank ⌈5⌉ = 5 → 2 h; p90 at rank ⌈9⌉ = 9 → 3 h (not the 10 h outlier);
        // mean (3·1 + 4·2 + 2·3 + 10) / 10 = 2.7 h = 9720 s.
        assertTimes(buckets.get(1).get("groups").get(0).get("figures").get("responseTime"), 10, 9720.0, 7200.0,
                10800.0);
    }

    @Test
    void anEmptyRangeAnswersZeroCountsAndExplicitNulls() {
        ApiResponse answer = asAdmin().get("/api/v1/complaints/kpis?period=QUARTER&from=1999-01-01&to=1999-12-31");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode buckets = answer.body().get("buckets");
        assertThat(buckets).extracting(b -> b.get("label").asString())
                .containsExactly("1999-Q1", "1999-Q2", "1999-Q3", "1999-Q4");
        for (JsonNode bucket : buckets) {
            JsonNode figures = bucket.get("groups").get(0).get("figures");
            assertThat(figures.get("complaints").asLong()).isZero();
            for (String share : List.of("firstResponseSla", "resolutionSla", "repeatComplaints", "reopened")) {
                assertThat(figures.get(share).has("percent")).as(share).isTrue();
                assertThat(figures.get(share).get("percent").isNull()).as(share).isTrue();
            }
            assertThat(figures.get("responseTime").get("meanSeconds").isNull()).isTrue();
            assertThat(figures.get("csat").get("mean").isNull()).isTrue();
            assertThat(figures.get("complaintRate").get("perThousandActiveCustomers").isNull()).isTrue();
        }
        assertThat(answer.rawBody()).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(answer.body().get("backlog").get("groups").get(0).get("total").get("total").asLong()).isZero();
    }

    @Test
    void theBacklogCountsWhatWasOpenAtTheEndOfTheRangeByAgeAndGrade() {
        // As of 2001-07-01T00:00Z (end of June). All but P3 are closed in 2002; P3 is removed at the end,
        // so the backlogs of later years stay clean.
        aComplaint("K-2001-P1").receivedAt("2001-06-30T20:00:00Z").assessed(Grade.LEVEL_1, ComplaintType.SERVICE)
                .respondedAfter(hours(1)).resolvedAfter(days(300)).closedAfter(days(301)).insert(mongo);
        aComplaint("K-2001-P2").receivedAt("2001-06-29T12:00:00Z").assessed(Grade.LEVEL_2, ComplaintType.SERVICE)
                .respondedAfter(hours(1)).resolvedAfter(days(300)).closedAfter(days(301)).insert(mongo);
        // Exactly three days old: the 3-7 d bucket includes its lower bound.
        aComplaint("K-2001-P3").receivedAt("2001-06-28T00:00:00Z").respondedAfter(hours(1)).insert(mongo);
        // Closed after the as-of instant: it was open then.
        aComplaint("K-2001-P4").receivedAt("2001-06-20T00:00:00Z").assessed(Grade.LEVEL_3, ComplaintType.PRICE)
                .respondedAfter(hours(1)).resolvedAfter(days(14)).closedAfter(days(15)).insert(mongo);
        // Closed before it, and received after it: neither counts.
        aComplaint("K-2001-P5").receivedAt("2001-06-10T00:00:00Z").assessed(Grade.LEVEL_3, ComplaintType.PRICE)
                .respondedAfter(hours(1)).resolvedAfter(days(4)).closedAfter(days(5)).insert(mongo);
        aComplaint("K-2001-P6").receivedAt("2001-07-02T00:00:00Z").assessed(Grade.LEVEL_1, ComplaintType.SERVICE)
                .respondedAfter(hours(1)).resolvedAfter(days(300)).closedAfter(days(301)).insert(mongo);

        JsonNode backlog;
        try {
            backlog = asAdmin().get("/api/v1/complaints/kpis?period=MONTH&from=2001-06-01&to=2001-06-30")
                    .body().get("backlog");
        } finally {
            mongo.remove(Query.query(Criteria.where("number").is("K-2001-P3")), "complaints");
        }

        assertThat(backlog.get("asOf").asString()).isEqualTo("2001-07-01T00:00:00Z");
        JsonNode rows = backlog.get("groups").get(0).get("byGrade");
        assertRow(rows.get(0), "LEVEL_1", 1, 0, 0, 0);
        assertRow(rows.get(1), "LEVEL_2", 0, 1, 0, 0);
        assertRow(rows.get(2), "LEVEL_3", 0, 0, 0, 1);
        assertRow(rows.get(3), null, 0, 0, 1, 0);
        assertRow(backlog.get("groups").get(0).get("total"), null, 1, 1, 1, 1);
    }

    @Test
    void bucketEdgesAreLocalMidnightsOfTheBusinessZone() {
        // Shanghai is UTC+8: 15:59:59Z on 31 January is still January there, 16:00Z is 1 February.
        aComplaint("K-2014-Z1").receivedAt("2014-01-31T15:59:59Z").insert(mongo);
        aComplaint("K-2014-Z2").receivedAt("2014-01-31T16:00:00Z").insert(mongo);
        aComplaint("K-2014-Z3").receivedAt("2014-02-28T16:00:00Z").insert(mongo);
        // Berlin starts summer time on 30 March 2014: that day has 23 hours, 22:00Z is 31 March.
        aComplaint("K-2014-Z4").receivedAt("2014-03-30T21:59:59Z").insert(mongo);
        aComplaint("K-2014-Z5").receivedAt("2014-03-30T22:00:00Z").insert(mongo);
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

        KpiResult shanghai = kpisIn("Asia/Shanghai", clock).compute(
                KpiQuery.of(KpiPeriod.MONTH, LocalDate.parse("2014-01-01"), LocalDate.parse("2014-02-28"), null,
                        LocalDate.parse("2026-06-01"), 366));
        KpiResult berlin = kpisIn("Europe/Berlin", clock).compute(
                KpiQuery.of(KpiPeriod.DAY, LocalDate.parse("2014-03-30"), LocalDate.parse("2014-03-31"), null,
                        LocalDate.parse("2026-06-01"), 366));

        assertThat(shanghai.buckets()).extracting(b -> b.groups().get(0).figures().complaints()).containsExactly(1L, 1L);
        assertThat(shanghai.buckets().get(1).start()).isEqualTo(Instant.parse("2014-01-31T16:00:00Z"));
        assertThat(shanghai.buckets().get(1).end()).isEqualTo(Instant.parse("2014-02-28T16:00:00Z"));
        assertThat(berlin.buckets()).extracting(b -> b.groups().get(0).figures().complaints()).containsExactly(1L, 1L);
        assertThat(berlin.buckets().get(0).start()).isEqualTo(Instant.parse("2014-03-29T23:00:00Z"));
        assertThat(berlin.buckets().get(0).end()).isEqualTo(Instant.parse("2014-03-30T22:00:00Z"));
        // In the suite's zone (UTC) the same instants fall differently: Z1, Z2 in January, Z3 in February.
        JsonNode utc = asAdmin().get("/api/v1/complaints/kpis?period=MONTH&from=2014-01-01&to=2014-02-28").body();
        assertThat(utc.get("buckets")).extracting(b -> b.get("groups").get(0).get("figures").get("complaints").asLong())
                .containsExactly(2L, 1L);
    }

    @Test
    void badParametersAre400sNamingTheField() {
        ApiClient analyst = asNewStaff(Role.ANALYST);

        assertRefused(analyst.get("/api/v1/complaints/kpis?period=HOURLY"), "period");
        assertRefused(analyst.get("/api/v1/complaints/kpis?groupBy=COLOUR"), "groupBy");
        assertRefused(analyst.get("/api/v1/complaints/kpis?from=2026-02-30"), "from");
        assertRefused(analyst.get("/api/v1/complaints/kpis?to=31.12.2026"), "to");
        assertRefused(analyst.get("/api/v1/complaints/kpis?from=2026-03-01&to=2026-02-01"), "from");
        // 730 days by day is over the cap of 366 buckets; a leap year by day (366) is not.
        ApiResponse tooLong = analyst.get("/api/v1/complaints/kpis?period=DAY&from=2025-01-01&to=2026-12-31");
        assertRefused(tooLong, "from");
        assertThat(tooLong.body().get("errors").get(0).get("message").asString()).contains("730", "366");
        ApiResponse leapYear = analyst.get("/api/v1/complaints/kpis?period=day&from=2024-01-01&to=2024-12-31");
        assertThat(leapYear.status()).as("%s", leapYear).isEqualTo(200);
        assertThat(leapYear.body().get("buckets")).hasSize(366);
        // Without parameters: the last twelve months up to today.
        ApiResponse defaults = analyst.get("/api/v1/complaints/kpis");
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.body().get("period").asString()).isEqualTo("MONTH");
        assertThat(defaults.body().get("buckets")).hasSize(12);
        assertThat(defaults.body().get("to").asString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    }

    @Test
    void theKpisAreForAdminsSupervisorsAndAnalystsOnly() {
        String march = "/api/v1/complaints/kpis?period=MONTH&from=2026-01-01&to=2026-01-31";

        assertThat(asAdmin().get(march).status()).isEqualTo(200);
        assertThat(asNewStaff(Role.SUPERVISOR).get(march).status()).isEqualTo(200);
        assertThat(asNewStaff(Role.ANALYST).get(march).status()).isEqualTo(200);
        assertThat(asNewStaff(Role.AGENT).get(march).status()).isEqualTo(403);
        assertThat(asNewStaff(Role.HR).get(march).status()).isEqualTo(403);
        assertThat(asNewStaff(Role.INTEGRATOR).get(march).status()).isEqualTo(403);
        assertThat(anonymous().get(march).status()).isEqualTo(401);
    }

    private ComplaintKpis kpisIn(String zone, Clock clock) {
        return new ComplaintKpis(aggregations, customerActivity, new KpiProperties(90, 366),
                new BusinessTimeZone(ZoneId.of(zone)), clock);
    }

    private static void assertRefused(ApiResponse response, String field) {
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static void assertRow(JsonNode row, String grade, long under1, long from1to3, long from3to7, long over7) {
        if (grade == null) {
            assertThat(row.get("grade").isNull()).isTrue();
        } else {
            assertThat(row.get("grade").asString()).isEqualTo(grade);
        }
        assertThat(row.get("underOneDay").asLong()).as("%s < 1 d", grade).isEqualTo(under1);
        assertThat(row.get("oneToThreeDays").asLong()).as("%s 1-3 d", grade).isEqualTo(from1to3);
        assertThat(row.get("threeToSevenDays").asLong()).as("%s 3-7 d", grade).isEqualTo(from3to7);
        assertThat(row.get("overSevenDays").asLong()).as("%s > 7 d", grade).isEqualTo(over7);
        assertThat(row.get("total").asLong()).isEqualTo(under1 + from1to3 + from3to7 + over7);
    }

    private static void assertShare(JsonNode share, long count, long outOf, double percent) {
        assertThat(share.get("count").asLong()).isEqualTo(count);
        assertThat(share.get("outOf").asLong()).isEqualTo(outOf);
        assertThat(share.get("percent").asDouble()).isEqualTo(percent);
    }

    private static void assertTimes(JsonNode times, long count, double mean, double median, double p90) {
        assertThat(times.get("count").asLong()).isEqualTo(count);
        assertThat(times.get("meanSeconds").asDouble()).isEqualTo(mean);
        assertThat(times.get("medianSeconds").asDouble()).isEqualTo(median);
        assertThat(times.get("p90Seconds").asDouble()).isEqualTo(p90);
    }

    private static JsonNode group(JsonNode answer, int bucket) {
        return answer.get("buckets").get(bucket).get("groups");
    }

    private static JsonNode byName(JsonNode groups, String name) {
        for (JsonNode group : groups) {
            if (!group.get("group").isNull() && group.get("group").asString().equals(name)) {
                return group;
            }
        }
        throw new AssertionError("no group " + name + " in " + groups);
    }

    private static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }

    /** March of a year, grouped, as an analyst sees it. */
    private final class GroupedMarch {
        private final ApiClient analyst = asNewStaff(Role.ANALYST);

        JsonNode get(String groupBy, int year) {
            ApiResponse answer = analyst.get("/api/v1/complaints/kpis?period=MONTH&from=" + year + "-03-01&to="
                    + year + "-03-31&groupBy=" + groupBy);
            assertThat(answer.status()).as("%s", answer).isEqualTo(200);
            return answer.body();
        }
    }
}
