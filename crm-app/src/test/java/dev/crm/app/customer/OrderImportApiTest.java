package dev.crm.app.customer;

import static dev.crm.app.support.Jobs.awaitFinished;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.Role;
import dev.crm.customer.api.CustomerDirectory;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class OrderImportApiTest extends ApiIntegrationTest {

    private static final String HEADER = "customerRef,orderRef,orderedAt,amount,currency,margin,productCategory,channel";

    @Autowired
    CustomerDirectory directory;

    private final String u = UUID.randomUUID().toString().substring(0, 8);

    private String mixedFile() {
        return String.join("\n",
                HEADER,
                "C1-" + u + ",O1-" + u + ",2026-01-05T10:00:00Z,120.50,CNY,30,books,online",
                "C1-" + u + ",O2-" + u + ",2026-02-05,80,cny,,books,store",
                "\"C2-" + u + "\",\"O3-" + u + "\",2026-02-10T09:00:00,\"1000.00\",CNY,,\"toys, games\",online",
                "C2-" + u + ",O4-" + u + ",not-a-date,10,CNY,,,",
                "C2-" + u + ",O5-" + u + ",2026-02-11,-3,CNY,,,",
                "C2-" + u + ",O6-" + u + ",2026-02-12,5,XYZ,,,",
                "C2-" + u + ",O1-" + u + ",2026-02-13,5,CNY,,,",
                "C3-" + u + ",O7-" + u + ",2026-02-14",
                "C3-" + u + ",O8-" + u + ",2026-03-01,15,USD,,,",
                "") + "\n";
    }

    @Test
    void anImportRecordsTheValidRowsAndReportsEachBadRowWithLineFieldAndReason() {
        ApiClient admin = asAdmin();

        ApiResponse job = awaitFinished(admin, admin.postRaw("/api/v1/orders/import", "text/csv", mixedFile()));

        JsonNode body = job.body();
        assertThat(body.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(body.get("rowsTotal").asLong()).isEqualTo(9);
        assertThat(body.get("rowsDone").asLong()).isEqualTo(9);
        assertThat(body.get("rowsSucceeded").asLong()).isEqualTo(4);
        assertThat(body.get("rowsFailed").asLong()).isEqualTo(5);
        assertThat(body.get("result").get("customersRegistered").asLong()).isEqualTo(3);

        List<String> errors = admin.get("/api/v1/jobs/" + body.get("id").asString() + "/errors?size=50")
                .body().get("items").values().stream()
                .map(e -> e.get("line").asLong() + ":" + e.get("field").asString()).toList();
        assertThat(errors).containsExactly("5:orderedAt", "6:amount", "7:currency", "8:orderRef",
                "9:row");
        JsonNode quoted = admin.get("/api/v1/orders/O3-" + u).body();
        assertThat(quoted.get("productCategory").asString()).isEqualTo("toys, games");
        assertThat(quoted.get("amount").decimalValue()).isEqualByComparingTo("1000");
        assertThat(body.get("firstErrors").get(0).get("reason").asString()).contains("not-a-date");
        assertThat(admin.get("/api/v1/orders/O2-" + u).body().get("currency").asString()).isEqualTo("CNY");
        assertThat(admin.get("/api/v1/orders/O8-" + u).body().get("currency").asString())
                .as("other currencies are kept").isEqualTo("USD");
        assertThat(directory.findByContact("C3-" + u)).isPresent();
    }

    @Test
    void reRunningAnImportSkipsWhatIsRecordedAndDuplicatesNothing() {
        ApiClient admin = asAdmin();
        String file = HEADER + "\n" + "R-" + u + ",RO1-" + u + ",2026-01-05,10,CNY,,,\n"
                + "R-" + u + ",RO2-" + u + ",2026-01-06,20,CNY,,,\n";
        ApiResponse first = awaitFinished(admin, admin.postRaw("/api/v1/orders/import", "text/csv", file));
        assertThat(first.body().get("rowsSucceeded").asLong()).isEqualTo(2);

        ApiResponse second = awaitFinished(admin, admin.postRaw("/api/v1/orders/import", "text/csv", file));

        assertThat(second.body().get("state").asString()).isEqualTo("COMPLETED");
        assertThat(second.body().get("rowsSucceeded").asLong()).isZero();
        assertThat(second.body().get("rowsSkipped").asLong()).isEqualTo(2);
        assertThat(second.body().get("rowsFailed").asLong()).isZero();
        String customerId = directory.findByContact("R-" + u).orElseThrow().id().value();
        assertThat(admin.get("/api/v1/customers/" + customerId + "/orders").body().get("total").asLong())
                .isEqualTo(2);
    }

    @Test
    void aWrongHeaderIsRefusedAtOnceNamingTheFile() {
        ApiResponse refused = asAdmin().postRaw("/api/v1/orders/import", "text/csv",
                "customer,order,date,amount,currency\nx,y,2026-01-01,1,CNY\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(OrdersApiTest.fields(refused.body())).containsExactly("file");
        assertThat(refused.rawBody()).contains("column 1 must be customerRef");
    }

    @Test
    void anEmptyFileIsRefused() {
        ApiResponse refused = asAdmin().postRaw("/api/v1/orders/import", "text/csv", "");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(OrdersApiTest.fields(refused.body())).containsExactly("file");
    }

    @Test
    void aJobIsVisibleToWhoStartedItAndToSupervisorsButNotToOtherAgents() {
        ApiClient integrator = asNewStaff(Role.INTEGRATOR);
        ApiResponse job = awaitFinished(integrator, integrator.postRaw("/api/v1/orders/import", "text/csv",
                HEADER + "\nV-" + u + ",VO-" + u + ",2026-01-05,10,CNY,,,\n"));
        String path = "/api/v1/jobs/" + job.body().get("id").asString();

        assertThat(asNewStaff(Role.SUPERVISOR).get(path).status()).isEqualTo(200);
        assertThat(asNewStaff(Role.AGENT).get(path).status()).isEqualTo(404);
        assertThat(asNewStaff(Role.AGENT).postRaw("/api/v1/orders/import", "text/csv", HEADER + "\n").status())
                .isEqualTo(403);
    }
}
