package dev.crm.app.complaint;

import static dev.crm.app.complaint.KpiComplaints.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.complaint.api.ComplaintType;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.domain.Complaint;
import dev.crm.complaint.persistence.KpiFacts;
import dev.crm.core.api.Role;
import java.time.Duration;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The KPI read model follows every saved complaint, never goes back a version, and is mended by the
 * catch-up. The fixtures are received in the 2090s: after every other test's KPI period and backlog
 * moment, so they count in none of them.
 */
class KpiFactsTest extends ApiIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KpiFacts facts;

    @Test
    void aRegisteredComplaintsFactFollowsItsTransitions() {
        var agent = asNewStaff(Role.AGENT);
        String number = ComplaintRequests.register(agent);
        Document registered = fact(number);
        assertThat(registered.getString("state")).isEqualTo("REGISTERED");
        assertThat(registered.getString("channel")).isEqualTo("PHONE");
        assertThat(registered.get("fr", Document.class).getString("milestone")).isEqualTo("FIRST_RESPONSE");
        assertThat(registered.get("fr", Document.class).get("metAt")).isNull();

        ApiResponse accepted = agent.post(ComplaintRequests.path(number, "accept"), Map.of());
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);

        Document stored = complaint(number);
        Document now = fact(number);
        assertThat(now.getString("state")).isEqualTo("ACCEPTED");
        assertThat(now.getLong("v")).isEqualTo(((Number) stored.get("version")).longValue())
                .isGreaterThan(registered.getLong("v"));
        assertThat(now.getList("transitions", Document.class)).extracting(t -> t.getString("to"))
                .containsExactly("REGISTERED", "ACCEPTED");
    }

    @Test
    void anOlderVersionNeverReplacesANewerFact() {
        Complaint saved = aComplaint("KF-2091-A").receivedAt("2091-03-01T10:00:00Z")
                .assessed(Grade.LEVEL_2, ComplaintType.SERVICE).ownedBy("li.wei").inDepartment("returns")
                .respondedAfter(Duration.ofHours(1)).insert(mongo);
        Document current = complaint(saved.getNumber());
        Document older = new Document(current).append("version", 0L).append("state", "REGISTERED");
        mongo.updateFirst(Query.query(where("_id").is(current.get("_id"))), Update.update("version", 5L), "complaints");
        Document newer = complaint(saved.getNumber());

        facts.record(newer);
        facts.record(older);

        assertThat(fact(saved.getNumber()).getLong("v")).isEqualTo(5L);
        assertThat(fact(saved.getNumber()).getString("state")).isEqualTo(current.getString("state"));
    }

    @Test
    void theCatchUpRebuildsMissingAndStaleFactsOnly() {
        String missing = aComplaint("KF-2092-A").receivedAt("2092-03-01T10:00:00Z")
                .assessed(Grade.LEVEL_1, ComplaintType.PRICE).ownedBy("li.wei").inDepartment("billing")
                .respondedAfter(Duration.ofHours(2)).resolvedAfter(Duration.ofHours(20)).insert(mongo).getNumber();
        String stale = aComplaint("KF-2092-B").receivedAt("2092-03-02T10:00:00Z").ownedBy("zhang.min")
                .insert(mongo).getNumber();
        String untouched = aComplaint("KF-2092-C").receivedAt("2092-03-03T10:00:00Z").ownedBy("zhang.min")
                .insert(mongo).getNumber();
        Document expected = fact(missing);
        // As after a crash between the two writes: one fact never written, one a version behind.
        mongo.remove(Query.query(where("number").is(missing)), KpiFacts.FACTS);
        Document complaintB = complaint(stale);
        mongo.updateFirst(Query.query(where("_id").is(complaintB.get("_id"))),
                new Update().set("version", ((Number) complaintB.get("version")).longValue() + 1)
                        .set("owner", "wang.fang"), "complaints");
        Document untouchedBefore = fact(untouched);

        KpiFacts.CatchUp result = facts.catchUp();

        assertThat(result.complaints()).isGreaterThanOrEqualTo(3);
        assertThat(result.written()).isGreaterThanOrEqualTo(2);
        assertThat(fact(missing)).isEqualTo(expected);
        assertThat(fact(stale).getString("owner")).isEqualTo("wang.fang");
        assertThat(fact(untouched)).isEqualTo(untouchedBefore);
        assertThat(facts.catchUp().written()).as("a second run finds nothing to mend").isZero();
    }

    private Document fact(String number) {
        Document fact = mongo.findOne(Query.query(where("number").is(number)), Document.class, KpiFacts.FACTS);
        assertThat(fact).as("fact of %s", number).isNotNull();
        return fact;
    }

    private Document complaint(String number) {
        return mongo.findOne(Query.query(where("number").is(number)), Document.class, "complaints");
    }
}
