package dev.crm.core.persistence;

import com.mongodb.ReadPreference;
import com.mongodb.TagSet;
import dev.crm.core.api.ReportReads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code crm.reports.read-preference}: primary (default), primaryPreferred, secondary,
 * secondaryPreferred or nearest; {@code crm.reports.max-staleness} (default 90 s, the driver's
 * minimum) bounds how far behind a secondary may be for the non-primary modes. A wrong name stops
 * the start rather than silently reading the primary.
 */
@Component
class ConfiguredReportReads implements ReportReads {

    private final ReadPreference preference;

    ConfiguredReportReads(@Value("${crm.reports.read-preference:primary}") String mode,
                          @Value("${crm.reports.max-staleness:90s}") Duration maxStaleness) {
        this.preference = of(mode, maxStaleness);
    }

    static ReadPreference of(String mode, Duration maxStaleness) {
        if ("primary".equals(mode)) {
            return ReadPreference.primary();
        }
        try {
            return ReadPreference.valueOf(mode, List.<TagSet>of(), maxStaleness.toSeconds(), TimeUnit.SECONDS);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("crm.reports.read-preference: '" + mode + "' is not one of primary, "
                    + "primaryPreferred, secondary, secondaryPreferred, nearest", unknown);
        }
    }

    @Override
    public ReadPreference preference() {
        return preference;
    }
}
