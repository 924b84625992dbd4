package dev.crm.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateTest {

    private static final Instant ISSUED = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant VALID_UNTIL = Instant.parse("2027-01-10T09:00:00Z");
    private static final Duration MONTH = Duration.ofDays(30);
    private static final Duration WEEK = Duration.ofDays(7);
    private final ReminderWindows windows = new ReminderWindows(List.of(WEEK, MONTH));

    @Test
    void theFirstReminderIsDueWhenTheWidestWindowOpens() {
        Certificate certificate = issue();

        assertThat(certificate.nextReminderAt()).isEqualTo(VALID_UNTIL.minus(MONTH));
        assertThat(certificate.remind(VALID_UNTIL.minus(MONTH).minusSeconds(1), windows)).isEmpty();
        assertThat(certificate.remind(VALID_UNTIL.minus(MONTH), windows)).contains(MONTH);
        assertThat(certificate.nextReminderAt()).isEqualTo(VALID_UNTIL.minus(WEEK));
    }

    @Test
    void eachWindowRemindsOnce() {
        Certificate certificate = issue();
        Instant inMonthWindow = VALID_UNTIL.minus(Duration.ofDays(20));

        assertThat(certificate.remind(inMonthWindow, windows)).contains(MONTH);
        assertThat(certificate.remind(inMonthWindow.plusSeconds(60), windows)).isEmpty();
        assertThat(certificate.remind(VALID_UNTIL.minus(Duration.ofDays(3)), windows)).contains(WEEK);
        assertThat(certificate.remind(VALID_UNTIL.minus(Duration.ofDays(1)), windows)).isEmpty();
        assertThat(certificate.nextReminderAt()).isNull();
        assertThat(certificate.remindersSent()).containsExactlyInAnyOrder(MONTH, WEEK);
    }

    @Test
    void aLatePassSendsOnlyTheMostUrgentReminder() {
        Certificate certificate = issue();

        assertThat(certificate.remind(VALID_UNTIL.minus(Duration.ofDays(2)), windows)).contains(WEEK);
        assertThat(certificate.remindersSent()).containsExactlyInAnyOrder(MONTH, WEEK);
        assertThat(certificate.nextReminderAt()).isNull();
    }

    @Test
    void anExpiredOrRenewedCertificateIsNotReminded() {
        Certificate expired = issue();
        assertThat(expired.remind(VALID_UNTIL, windows)).isEmpty();
        assertThat(expired.isValidAt(VALID_UNTIL)).isFalse();
        assertThat(expired.isValidAt(VALID_UNTIL.minusSeconds(1))).isTrue();

        Certificate renewed = issue();
        renewed.renewedBy("newer");
        assertThat(renewed.nextReminderAt()).isNull();
        assertThat(renewed.remind(VALID_UNTIL.minus(WEEK), windows)).isEmpty();
    }

    @Test
    void windowsLongerThanTheValidityOpenAtOnce() {
        Certificate shortLived = Certificate.issue("c", "wang", "CRM-1", 1, null, ISSUED, ISSUED.plus(Duration.ofDays(10)),
                null, windows);

        assertThat(shortLived.nextReminderAt()).isBefore(ISSUED);
        assertThat(shortLived.remind(ISSUED, windows)).contains(MONTH);
        assertThat(shortLived.nextReminderAt()).isEqualTo(ISSUED.plus(Duration.ofDays(3)));
    }

    private Certificate issue() {
        return Certificate.issue("c", "wang", "CRM-1", 1, 90, ISSUED, VALID_UNTIL, "enrolment:e", windows);
    }
}
