package dev.crm.app.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * Seeds when the application is ready: the store, the modules and the web server are up, and the
 * seeder talks to this node's API. A failure is logged, not fatal: the application keeps running
 * with what was seeded, and the marker (state FAILED) keeps later starts from seeding over it.
 */
final class DemoDataStartup implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoDataStartup.class);

    private final DemoDataSeeder seeder;

    DemoDataStartup(DemoDataSeeder seeder) {
        this.seeder = seeder;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        log.info("Demo data: crm.demo-data.enabled is on; seeding through the API on port {}", port);
        try {
            seeder.seed("http://127.0.0.1:" + port);
        } catch (RuntimeException e) {
            log.error("Demo data: seeding failed; start again on a fresh data directory to retry", e);
        }
    }
}
