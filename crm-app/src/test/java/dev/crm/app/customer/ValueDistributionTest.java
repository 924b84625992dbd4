package dev.crm.app.customer;

import static dev.crm.app.support.Jobs.awaitFinished;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.core.api.Role;
import dev.crm.customer.api.ValueDistribution;
import dev.crm.customer.api.ValueDistribution.Distribution;
import dev.crm.customer.domain.ClvBins;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The value distribution's aggregations against the same figures counted one customer document at a
 * time: the shared store holds every other test's customers too, so the oracle reads them all.
 */
class ValueDistributionTest extends ApiIntegrationTest {

    @Autowired
    ValueDistribution distribution;

    @Autowired
    MongoTemplate mongo;

    @Test
    void binsTiersAndStagesCountEveryScoredCustomerOnce() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = asAdmin();
        String file = "customerRef,orderRef,orderedAt,amount,currency,margin\n"
                + "VD1-" + u + ",VO1-" + u + ",2026-01-05,100,CNY,10\n"
                + "VD1-" + u + ",VO2-" + u + ",2026-02-05,300,CNY,90\n"
                + "VD2-" + u + ",VO3-" + u + ",2026-01-07,5000,CNY,2500\n"
                + "VD3-" + u + ",VO4-" + u + ",2026-01-09,20,CNY,1\n";
        assertThat(awaitFinished(admin, admin.postRaw("/api/v1/orders/import", "text/csv", file))
                .body().get("rowsSucceeded").asLong()).isEqualTo(4);
        ApiClient analyst = asNewStaff(Role.ANALYST);
        assertThat(awaitFinished(analyst, analyst.post("/api/v1/customer-scoring/runs", Map.of()))
                .body().get("state").asString()).isEqualTo("COMPLETED");

        Distribution counted = distribution.distribution(7);

        List<Document> customers = mongo.getCollection("customers").find(new Document("erasedAt", null))
                .into(new ArrayList<>());
        List<BigDecimal> clvs = new ArrayList<>();
        for (Document customer : customers) {
            Document value = customer.get("value", Document.class);
            if (value != null && value.get("historicClv") != null) {
                clvs.add(((Decimal128) value.get("historicClv")).bigDecimalValue());
            }
        }
        assertThat(clvs).as("our customers were scored").hasSizeGreaterThanOrEqualTo(3);
        ClvBins bins = ClvBins.over(clvs.stream().min(BigDecimal::compareTo).orElseThrow(),
                clvs.stream().max(BigDecimal::compareTo).orElseThrow(), 7);
        long[] expected = new long[bins.count()];
        clvs.forEach(clv -> expected[bins.binOf(clv)]++);

        assertThat(counted.customers()).isEqualTo(customers.size());
        assertThat(counted.clv()).extracting(ValueDistribution.ClvBin::lower)
                .containsExactlyElementsOf(bins.edges().subList(0, bins.count()));
        assertThat(counted.clv()).extracting(ValueDistribution.ClvBin::customers)
                .containsExactly(java.util.Arrays.stream(expected).boxed().toArray(Long[]::new));
        assertThat(counted.tiers().stream().mapToLong(ValueDistribution.TierCount::customers).sum())
                .isEqualTo(customers.size());
        assertThat(counted.stages().stream().mapToLong(ValueDistribution.StageCount::customers).sum())
                .isEqualTo(customers.size());
        for (ValueDistribution.TierCount tier : counted.tiers()) {
            long byHand = customers.stream().filter(c -> {
                Document value = c.get("value", Document.class);
                String stored = value == null ? null : value.getString("tier");
                return tier.tier() == null ? stored == null : tier.tier().name().equals(stored);
            }).count();
            assertThat(tier.customers()).as("tier %s", tier.tier()).isEqualTo(byHand);
        }
    }
}
