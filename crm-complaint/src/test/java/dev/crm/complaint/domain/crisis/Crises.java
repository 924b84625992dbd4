package dev.crm.complaint.domain.crisis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Test data builder for crises and playbooks, with the 3-minute rule and a fixed detection time. */
final class Crises {

    static final Instant DETECTED = Instant.parse("2026-11-23T02:00:00Z");
    static final Instant DECLARED = DETECTED.plus(Duration.ofMinutes(1));
    static final FirstCommunicationRule THREE_MINUTES = new FirstCommunicationRule(Duration.ofMinutes(3));

    private Crises() {
    }

    static CrisisDeclaration declaration() {
        return new CrisisDeclaration("Kettles overheating", "Reports of melted handles", CrisisType.PRODUCT,
                Severity.EXTREME, CrisisScope.REGIONAL, CustomerEmotion.ANGRY, DETECTED);
    }

    static Crisis aCrisis() {
        return Crisis.declare("CR-2026-000001", "P-2026-000001", declaration(), THREE_MINUTES, "zhang.min", DECLARED);
    }

    static CrisisPlaybook productRecall() {
        return CrisisPlaybook.write("Product recall", CrisisType.PRODUCT, null, List.of(
                new PlaybookStep("Holding statement on all channels", "spokesperson", 3),
                new PlaybookStep("Stop sales of the batch", "operations lead", 30),
                new PlaybookStep("Call affected customers", "service supervisor", 240)), "zhang.min", DECLARED);
    }

    static Crisis repaired() {
        Crisis crisis = aCrisis();
        crisis.communicate("wechat", Audience.CUSTOMERS, "We are aware and investigating", "zhang.min", DECLARED);
        crisis.advance(null, "zhang.min", DECLARED.plus(Duration.ofHours(2)));
        return crisis;
    }

    static PostMortem postMortem() {
        return PostMortem.of("Overheating thermostats", List.of("Alloy change"), List.of("Inspect incoming parts"),
                List.of("Incoming inspection"), "zhang.min", DECLARED.plus(Duration.ofDays(3)));
    }
}
