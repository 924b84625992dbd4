package dev.crm.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    @Test
    void recordsAreDueWhenTheirYearsInTheBusinessZoneAreOver() {
        RetentionPolicy policy = new RetentionPolicy(Period.ofYears(3), Period.ofYears(5), ZoneId.of("Asia/Shanghai"));
        Instant now = Instant.parse("2029-03-01T04:00:00Z");

        assertThat(policy.serviceRecordsClosedBy(now)).isEqualTo(Instant.parse("2026-03-01T04:00:00Z"));
        assertThat(policy.archivesArchivedBy(now)).isEqualTo(Instant.parse("2024-03-01T04:00:00Z"));
    }

    @Test
    void retentionShorterThanTheHandbooksOrArchivesBeyondTenYearsAreRefused() {
        assertThatThrownBy(() -> new RetentionPolicy(Period.ofMonths(35), Period.ofYears(5), ZoneOffset.UTC))
                .hasMessageContaining("service-records");
        assertThatThrownBy(() -> new RetentionPolicy(Period.ofYears(3), Period.ofYears(4), ZoneOffset.UTC))
                .hasMessageContaining("archives");
        assertThatThrownBy(() -> new RetentionPolicy(Period.ofYears(3), Period.of(10, 0, 1), ZoneOffset.UTC))
                .hasMessageContaining("archives");
        assertThat(new RetentionPolicy(Period.ofYears(7), Period.ofYears(10), ZoneOffset.UTC).archives())
                .isEqualTo(Period.ofYears(10));
    }
}
