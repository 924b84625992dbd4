package dev.crm.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.TaggableReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.crm.CrmApplication;
import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiResponse;
import dev.crm.core.api.ReportReads;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/** With spring.mongodb.uri set, the app uses that server and starts no embedded one. */
class ExternalMongoTest {

    @TempDir
    Path externalServerDir;

    @TempDir
    Path unusedDataDir;

    @TempDir
    Path pluginsDir;

    @Test
    void aConfiguredUriIsUsedInsteadOfTheEmbeddedStore() {
        // Stands in for a separately run MongoDB: a wire-protocol server the app reaches over TCP.
        try (EmbeddedMongoStore external = EmbeddedMongoStore.start(externalServerDir);
             ConfigurableApplicationContext app = new SpringApplicationBuilder(CrmApplication.class).run(
                     "--server.port=0",
                     "--spring.mongodb.uri=" + external.connectionString("crm_external"),
                     "--crm.data-dir=" + unusedDataDir,
                     "--crm.plugins.dir=" + pluginsDir,
                     "--crm.security.admin-password=Outer-lantern-2026",
                     "--crm.security.bcrypt-strength=4")) {

            assertThat(app.getBeanNamesForType(EmbeddedMongoStore.class)).isEmpty();
            assertThat(unusedDataDir.resolve("crm.mv.db")).doesNotExist();
            String port = app.getEnvironment().getProperty("local.server.port");
            assertThat(ApiClient.signedIn("http://127.0.0.1:" + port, "admin", "Outer-lantern-2026")
                    .get("/api/v1/me").status()).isEqualTo(200);
            try (MongoClient client = MongoClients.create(external.connectionString("crm_external"))) {
                assertThat(client.getDatabase("crm_external").getCollection("staff_accounts")
                        .countDocuments(new Document("username", "admin"))).isEqualTo(1);
            }
            // The database handle inherits the client's concerns (the customizer wins over the URI).
            MongoDatabase database = app.getBean(MongoTemplate.class).getDb();
            assertThat(database.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
            assertThat(database.getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
            assertThat(app.getBean(ReportReads.class).preference()).isEqualTo(ReadPreference.primary());
        }
    }

    @Test
    void theProductionProfileReadsReportsFromSecondariesAndProbesTheDatabase() {
        try (EmbeddedMongoStore external = EmbeddedMongoStore.start(externalServerDir);
             ConfigurableApplicationContext app = new SpringApplicationBuilder(CrmApplication.class).run(
                     "--spring.profiles.active=production",
                     "--server.port=0",
                     "--spring.mongodb.uri=" + external.connectionString("crm_production"),
                     "--crm.plugins.dir=" + pluginsDir,
                     "--crm.security.admin-password=Outer-lantern-2026",
                     "--crm.security.bcrypt-strength=4")) {

            ReadPreference reports = app.getBean(ReportReads.class).preference();
            assertThat(reports.getName()).isEqualTo("secondaryPreferred");
            assertThat(((TaggableReadPreference) reports).getMaxStaleness(TimeUnit.SECONDS)).isEqualTo(90);
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            ApiResponse readiness = ApiClient.anonymous(base).get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.body().get("status").asString()).isEqualTo("UP");
            assertThat(ApiClient.anonymous(base).get("/actuator/health/liveness").status()).isEqualTo(200);
        }
    }
}
