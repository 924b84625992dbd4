package dev.crm.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ReadPreference;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConfiguredReportReadsTest {

    @Test
    void reportsReadThePrimaryUnlessToldOtherwise() {
        assertThat(new ConfiguredReportReads("primary", Duration.ofSeconds(90)).preference())
                .isEqualTo(ReadPreference.primary());
    }

    @Test
    void aSecondaryModeCarriesItsStalenessBound() {
        ReadPreference preference = new ConfiguredReportReads("secondaryPreferred", Duration.ofMinutes(2)).preference();

        assertThat(preference.getName()).isEqualTo("secondaryPreferred");
        assertThat(preference.isSecondaryOk()).isTrue();
        assertThat(((com.mongodb.TaggableReadPreference) preference).getMaxStaleness(TimeUnit.SECONDS)).isEqualTo(120);
    }

    @Test
    void anUnknownModeStopsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> new ConfiguredReportReads("secondaryFirst", Duration.ofSeconds(90)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("crm.reports.read-preference")
                .hasMessageContaining("secondaryFirst");
    }
}
