package dev.crm.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** Waits for a background job to finish by polling its status endpoint. */
public final class Jobs {

    private Jobs() {
    }

    /** The finished job (COMPLETED or FAILED), failing the test if it does not finish within two minutes. */
    public static ApiResponse awaitFinished(ApiClient client, ApiResponse started) {
        assertThat(started.status()).as("starting the job: %s", started).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).as("job location").startsWith("/api/v1/jobs/");
        AtomicReference<ApiResponse> last = new AtomicReference<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() -> {
            ApiResponse job = client.get(location);
            last.set(job);
            String state = job.body().get("state").asString();
            return state.equals("COMPLETED") || state.equals("FAILED");
        });
        return last.get();
    }
}
