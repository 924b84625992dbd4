package dev.crm.app.console.web.dashboard;

import dev.crm.app.console.FormErrors;
import dev.crm.complaint.api.ComplaintKpiTrends;
import dev.crm.complaint.api.ComplaintKpiTrends.Series;
import dev.crm.complaint.api.ComplaintKpiTrends.Trends;
import dev.crm.complaint.api.ComplaintKpiTrends.Volume;
import dev.crm.core.api.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.databind.ObjectMapper;

/**
 * Complaint KPIs as charts (DOMAIN.md §1.11): SLA compliance per bucket, complaint-handling
 * satisfaction against its 90 % target, volume by channel and by type. Every chart has the same
 * figures as a table below it: the canvas is for the eye, the table for screen readers.
 */
@Controller
class ComplaintKpiController {

    static final String PATH = "/console/dashboards/complaints";

    private final ComplaintKpiTrends kpis;
    private final MessageSource messages;
    private final ObjectMapper json;

    ComplaintKpiController(ComplaintKpiTrends kpis, MessageSource messages, ObjectMapper json) {
        this.kpis = kpis;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping(PATH)
    @PreAuthorize(DashboardArea.READERS)
    String dashboard(@ModelAttribute("form") KpiFilter form, BindingResult result, Model model) {
        model.addAttribute("periods", KpiFilter.PERIODS);
        model.addAttribute("groups", KpiFilter.GROUPS);
        Trends trends;
        try {
            trends = kpis.trends(form.period(), form.from(), form.to(), form.groupBy());
        } catch (InvalidInputException refused) {
            FormErrors.reject(result, refused);
            return "console/dashboard/complaints";
        }
        List<Row> rows = new ArrayList<>();
        for (Series series : trends.series()) {
            String group = groupLabel(trends.groupBy(), series.group());
            for (int i = 0; i < trends.buckets().size(); i++) {
                Double satisfaction = series.handlingSatisfactionPercent().get(i);
                rows.add(new Row(trends.buckets().get(i), group, series.complaints().get(i),
                        series.firstResponseSlaPercent().get(i), series.resolutionSlaPercent().get(i),
                        series.handlingAnswered().get(i), satisfaction,
                        satisfaction != null && satisfaction < trends.satisfactionTargetPercent()));
            }
        }
        model.addAttribute("trends", trends);
        model.addAttribute("rows", rows);
        model.addAttribute("grouped", trends.groupBy() != null);
        model.addAttribute("slaChart", json.writeValueAsString(slaChart(trends)));
        model.addAttribute("satisfactionChart", json.writeValueAsString(satisfactionChart(trends)));
        model.addAttribute("channelChart", json.writeValueAsString(volumeChart(trends.byChannel(), "CHANNEL")));
        model.addAttribute("typeChart", json.writeValueAsString(volumeChart(trends.byType(), "TYPE")));
        return "console/dashboard/complaints";
    }

    /** One line per group and milestone: first response, then resolution. */
    private Chart slaChart(Trends trends) {
        List<Chart.Dataset> datasets = new ArrayList<>();
        for (Series series : trends.series()) {
            String group = trends.groupBy() == null ? "" : groupLabel(trends.groupBy(), series.group()) + " \u2013 ";
            datasets.add(new Chart.Dataset(group + text("dashboard.kpi.first-response"),
                    series.firstResponseSlaPercent()));
        }
        for (Series series : trends.series()) {
            String group = trends.groupBy() == null ? "" : groupLabel(trends.groupBy(), series.group()) + " \u2013 ";
            datasets.add(new Chart.Dataset(group + text("dashboard.kpi.resolution"), series.resolutionSlaPercent()));
        }
        return Chart.line("percent", trends.buckets(), datasets);
    }

    private Chart satisfactionChart(Trends trends) {
        List<Chart.Dataset> datasets = new ArrayList<>();
        for (Series series : trends.series()) {
            datasets.add(new Chart.Dataset(trends.groupBy() == null ? text("dashboard.kpi.satisfaction")
                    : groupLabel(trends.groupBy(), series.group()), series.handlingSatisfactionPercent()));
        }
        return Chart.line("percent", trends.buckets(), datasets)
                .withTarget(trends.satisfactionTargetPercent(), text("dashboard.kpi.target-line"));
    }

    private Chart volumeChart(List<Volume> volumes, String dimension) {
        List<String> labels = volumes.stream().map(v -> groupLabel(dimension, v.value())).toList();
        List<Long> counts = volumes.stream().map(Volume::complaints).toList();
        return Chart.bar("count", labels, List.of(new Chart.Dataset(text("dashboard.kpi.complaints"), counts)));
    }

    /** Channels, types and grades have names in the bundles; departments and agents are shown as they are. */
    private String groupLabel(String dimension, String value) {
        if (value == null) {
            return text(dimension == null ? "dashboard.kpi.all" : "dashboard.kpi.none");
        }
        if ("CHANNEL".equals(dimension) || "TYPE".equals(dimension) || "GRADE".equals(dimension)) {
            return messages.getMessage("dashboard." + dimension.toLowerCase(java.util.Locale.ROOT) + "." + value,
                    null, value, LocaleContextHolder.getLocale());
        }
        return value;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** One line of the trend table: a bucket (and group) with its shares; null shares read "no data". */
    record Row(String bucket, String group, long complaints, Double firstResponseSlaPercent,
               Double resolutionSlaPercent, long handlingAnswered, Double handlingSatisfactionPercent,
               boolean belowTarget) {
    }
}
