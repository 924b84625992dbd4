package dev.crm.complaint.application;

import dev.crm.complaint.api.ComplaintKpiTrends;
import dev.crm.complaint.domain.KpiDimension;
import dev.crm.complaint.domain.KpiFigures;
import dev.crm.complaint.domain.KpiQuery;
import dev.crm.complaint.domain.KpiResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Reads the live KPIs three times — as asked, by channel and by type — and lays them out as
 * series per bucket, the shape a chart and its data table need.
 */
@Service
class KpiTrends implements ComplaintKpiTrends {

    private final ComplaintKpis kpis;
    private final KpiProperties properties;

    KpiTrends(ComplaintKpis kpis, KpiProperties properties) {
        this.kpis = kpis;
        this.properties = properties;
    }

    @Override
    public Trends trends(String period, String from, String to, String groupBy) {
        KpiQuery query = kpis.query(period, from, to, groupBy);
        KpiResult result = kpis.compute(query);
        List<String> labels = result.buckets().stream().map(KpiResult.Bucket::label).toList();
        Map<String, SeriesBuilder> series = new LinkedHashMap<>();
        for (KpiResult.Bucket bucket : result.buckets()) {
            for (KpiResult.Group group : bucket.groups()) {
                series.computeIfAbsent(group.group(), SeriesBuilder::new).add(group.figures());
            }
        }
        return new Trends(query.period().name(), query.from(), query.to(),
                query.groupBy() == null ? null : query.groupBy().name(), properties.satisfactionTargetPercent(),
                labels, series.values().stream().map(SeriesBuilder::build).toList(),
                volume(query, result, KpiDimension.CHANNEL), volume(query, result, KpiDimension.TYPE));
    }

    /** Reuses the asked-for result when it is already broken down by {@code dimension}. */
    private List<Volume> volume(KpiQuery query, KpiResult asked, KpiDimension dimension) {
        KpiResult source = query.groupBy() == dimension ? asked : kpis.compute(query.groupedBy(dimension));
        Map<String, Long> totals = new LinkedHashMap<>();
        dimension.knownValues().forEach(value -> totals.put(value, 0L));
        for (KpiResult.Bucket bucket : source.buckets()) {
            for (KpiResult.Group group : bucket.groups()) {
                if (group.group() != null) {
                    totals.merge(group.group(), group.figures().complaints(), Long::sum);
                }
            }
        }
        List<Volume> volumes = new ArrayList<>();
        totals.forEach((value, count) -> volumes.add(new Volume(value, count)));
        return volumes;
    }

    private static final class SeriesBuilder {
        private final String group;
        private final List<Long> complaints = new ArrayList<>();
        private final List<Double> firstResponse = new ArrayList<>();
        private final List<Double> resolution = new ArrayList<>();
        private final List<Long> answered = new ArrayList<>();
        private final List<Double> satisfaction = new ArrayList<>();

        SeriesBuilder(String group) {
            this.group = group;
        }

        void add(KpiFigures figures) {
            complaints.add(figures.complaints());
            firstResponse.add(figures.firstResponseSla().percent());
            resolution.add(figures.resolutionSla().percent());
            answered.add(figures.handlingSatisfaction().answered());
            satisfaction.add(figures.handlingSatisfaction().percent());
        }

        Series build() {
            return new Series(group, complaints, firstResponse, resolution, answered, satisfaction);
        }
    }
}
