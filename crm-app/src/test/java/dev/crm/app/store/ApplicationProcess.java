package dev.crm.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.crm.CrmApplication;
import dev.crm.app.support.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole application in a child JVM (the test's own classpath, {@link CrmApplication} as main),
 * on a free port, with a given data directory: a process the test can kill with SIGKILL.
 */
final class ApplicationProcess {

    /** 128 + SIGKILL(9): how a JVM killed by the kernel signal exits. */
    static final int KILLED_BY_SIGKILL = 137;

    private final Process process;
    private final int port;
    private final Duration startup;

    private ApplicationProcess(Process process, int port, Duration startup) {
        this.process = process;
        this.port = port;
        this.startup = startup;
    }

    /** Starts the application and waits until its health is UP; its output is appended to {@code log}. */
    static ApplicationProcess start(Path dataDir, Path pluginsDir, String adminPassword, Path log) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Small heap, quick JIT: start-up time is what the test pays per cycle.
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                CrmApplication.class.getName(),
                // Command-line arguments outrank application.properties and any CRM_* variables.
                "--server.port=" + port,
                "--crm.data-dir=" + dataDir,
                "--crm.plugins.dir=" + pluginsDir,
                "--crm.security.admin-password=" + adminPassword,
                "--crm.security.bcrypt-strength=4",
                // A request the killed process was running is taken over by its retry after this.
                "--crm.loyalty.points.idempotency-lease=PT1S",
                "--logging.level.root=WARN",
                "--logging.level.dev.crm.app.store=INFO"));
        // No scheduled job writes behind the test's back: only what the API acknowledged is there.
        for (String job : List.of("crm.complaint.escalation-enabled", "crm.complaint.survey.pass-enabled",
                "crm.complaint.retention.enabled", "crm.customer.value.scoring-enabled",
                "crm.complaint.kpi-report.enabled", "crm.complaint.kpi-facts.catch-up-enabled",
                "crm.channels.delivery.enabled", "crm.channels.polling.enabled",
                "crm.complaint.problems.detection-enabled", "crm.complaint.crisis.watch-enabled",
                "crm.training.remedial.enabled", "crm.training.certificates.enabled",
                "crm.loyalty.points.expiry-enabled", "crm.loyalty.points.check-enabled",
                "crm.loyalty.ledger-connection.enabled", "crm.complaint.goodwill.points-enabled",
                "crm.loyalty.order-earning.enabled", "crm.loyalty.level-review.enabled")) {
            command.add("--" + job + "=false");
        }
        long started = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ApiClient anonymous = ApiClient.anonymous("http://127.0.0.1:" + port);
        try {
            await("application on port " + port + " healthy (log: " + log + ")")
                    .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .until(() -> {
                        assertThat(process.isAlive()).as("the application exited; see " + log).isTrue();
                        var health = anonymous.get("/actuator/health");
                        return health.status() == 200 && "UP".equals(health.body().get("status").asString());
                    });
        } catch (RuntimeException | AssertionError notHealthy) {
            process.destroyForcibly();
            throw notHealthy;
        }
        return new ApplicationProcess(process, port, Duration.ofNanos(System.nanoTime() - started));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Duration startup() {
        return startup;
    }

    /**
     * SIGKILL: {@link Process#destroyForcibly()} sends it on Linux and macOS. No shutdown hook runs,
     * nothing is flushed or committed. Returns the exit code, which proves which signal ended it.
     */
    int kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the application did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
