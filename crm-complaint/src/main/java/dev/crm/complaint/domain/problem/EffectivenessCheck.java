package dev.crm.complaint.domain.problem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One effectiveness check of a PDCA cycle (DOMAIN.md §1.8): the KPI before the measures took
 * effect and after, the change in percent (negative: fewer complaints; null when there were none
 * before), and the verdict staff recorded on it.
 */
public record EffectivenessCheck(int cycle, EffectivenessKpi kpi, Measurement before, Measurement after,
                                 BigDecimal changePercent, Instant measuredAt, String measuredBy, Verdict verdict,
                                 String verdictNote, String verdictBy, Instant verdictAt) {

    static EffectivenessCheck measured(int cycle, EffectivenessKpi kpi, Measurement before, Measurement after,
                                       String by, Instant at) {
        BigDecimal change = before.per30Days().signum() == 0 ? null
                : after.per30Days().subtract(before.per30Days()).multiply(BigDecimal.valueOf(100))
                        .divide(before.per30Days(), 1, RoundingMode.HALF_UP);
        return new EffectivenessCheck(cycle, kpi, before, after, change, at, by, null, null, null, null);
    }

    EffectivenessCheck judged(Verdict verdict, String note, String by, Instant at) {
        return new EffectivenessCheck(cycle, kpi, before, after, changePercent, measuredAt, measuredBy, verdict, note,
                by, at);
    }
}
