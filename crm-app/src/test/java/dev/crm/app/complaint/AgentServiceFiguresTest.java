package dev.crm.app.complaint;

import static dev.crm.app.complaint.KpiComplaints.aComplaint;
import static dev.crm.app.complaint.KpiComplaints.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.complaint.api.AgentServiceFigures;
import dev.crm.complaint.api.AgentServiceFigures.AgentFigures;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.core.api.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** One agent's figures through the complaint module's api, as the training scorecards read them. May 2016. */
class AgentServiceFiguresTest extends ApiIntegrationTest {

    private static final Instant MAY = Instant.parse("2016-05-01T00:00:00Z");
    private static final Instant JUNE = Instant.parse("2016-06-01T00:00:00Z");

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AgentServiceFigures figures;

    @Test
    void anAgentsFiguresCoverTheComplaintsTheyOwnAndTheSurveysAboutThem() {
        // Owned by wang.fang: Q1 first response 1 h, resolved 4 h, reopened; Q2 first response 3 h (L1: 24 h),
        // resolved 60 h (L1: 48 h: breach); Q3 nothing yet. Q4 is someone else's; Q5 is hers but in June.
        aComplaint("K-2016-Q1").receivedAt("2016-05-02T08:00:00Z").ownedBy("wang.fang")
                .assessed(Grade.LEVEL_2, ComplaintType.SERVICE).respondedAfter(hours(1)).resolvedAfter(hours(4))
                .reopenedAfter(hours(30)).insert(mongo);
        aComplaint("K-2016-Q2").receivedAt("2016-05-03T08:00:00Z").ownedBy("wang.fang")
                .assessed(Grade.LEVEL_1, ComplaintType.PRICE).respondedAfter(hours(3)).resolvedAfter(hours(60))
                .insert(mongo);
        aComplaint("K-2016-Q3").receivedAt("2016-05-04T08:00:00Z").ownedBy("wang.fang").insert(mongo);
        aComplaint("K-2016-Q4").receivedAt("2016-05-04T09:00:00Z").ownedBy("chen.jie")
                .assessed(Grade.LEVEL_2, ComplaintType.SERVICE).respondedAfter(hours(1)).resolvedAfter(hours(2))
                .insert(mongo);
        aComplaint("K-2016-Q5").receivedAt("2016-06-01T00:00:00Z").ownedBy("wang.fang").insert(mongo);
        mongo.insert(List.of(
                survey("POST_RESOLUTION", "K-2016-Q1", "WEB_FORM", null, "wang.fang", "2016-05-03T08:00:00Z", 5, 9),
                survey("POST_RESOLUTION", "K-2016-Q2", "WEB_FORM", null, "wang.fang", "2016-05-06T08:00:00Z", 3, 6),
                survey("POST_RESOLUTION", "K-2016-Q4", "WEB_FORM", null, "chen.jie", "2016-05-06T08:00:00Z", 1, 0)),
                "surveys");

        AgentFigures wang = figures.of("wang.fang", MAY, JUNE);

        assertThat(wang.handled()).isEqualTo(3);
        assertThat(wang.resolved()).isEqualTo(2);
        assertThat(wang.resolutionRatePercent()).isEqualTo(66.67);
        // First response: Q1, Q2 within target; Q3's 48 h deadline long past: 2 of 3. Resolution: Q1 only, of 3.
        assertThat(wang.firstResponseCompliancePercent()).isEqualTo(66.67);
        assertThat(wang.resolutionCompliancePercent()).isEqualTo(33.33);
        // (3600 + 10800) / 2 = 7200 s; (14400 + 216000) / 2 = 115200 s.
        assertThat(wang.meanResponseSeconds()).isEqualTo(7200.0);
        assertThat(wang.meanResolutionSeconds()).isEqualTo(115200.0);
        // Her surveys: 5 (satisfied) and 3: 50 %, mean 4.0.
        assertThat(wang.surveysAnswered()).isEqualTo(2);
        assertThat(wang.handlingSatisfactionPercent()).isEqualTo(50.0);
        assertThat(wang.csat()).isEqualTo(4.0);
        assertThat(wang.reopened()).isEqualTo(1);

        // Many agents in one pass give each the same figures as one by one, in the order asked.
        List<AgentFigures> both = figures.ofAgents(List.of("chen.jie", "wang.fang", "no.such.agent"), MAY, JUNE);
        assertThat(both).extracting(AgentFigures::username).containsExactly("chen.jie", "wang.fang", "no.such.agent");
        assertThat(both.get(1)).isEqualTo(wang);
        assertThat(both.get(0)).isEqualTo(figures.of("chen.jie", MAY, JUNE));
        assertThat(both.get(0).handled()).isEqualTo(1);
        assertThat(both.get(0).csat()).isEqualTo(1.0);
        assertThat(both.get(2).handled()).isZero();
        assertThat(both.get(2).csat()).isNull();
    }

    @Test
    void anAgentWithNothingInTheIntervalHasZeroCountsAndNoRatios() {
        AgentFigures nobody = figures.of("no.such.agent", MAY, JUNE);

        assertThat(nobody.handled()).isZero();
        assertThat(nobody.resolutionRatePercent()).isNull();
        assertThat(nobody.meanResponseSeconds()).isNull();
        assertThat(nobody.csat()).isNull();
        assertThatThrownBy(() -> figures.of("wang.fang", JUNE, MAY)).isInstanceOf(InvalidInputException.class);
    }

    private static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }
}
