package dev.crm.complaint.application;

import dev.crm.complaint.api.AgentServiceFigures;
import dev.crm.complaint.api.Grade;
import dev.crm.complaint.domain.Backlog;
import dev.crm.complaint.domain.ComplaintCounts;
import dev.crm.complaint.domain.KpiBucket;
import dev.crm.complaint.domain.KpiDimension;
import dev.crm.complaint.domain.KpiFigures;
import dev.crm.complaint.domain.KpiQuery;
import dev.crm.complaint.domain.KpiResult;
import dev.crm.complaint.domain.SurveyCounts;
import dev.crm.complaint.persistence.KpiAggregations;
import dev.crm.complaint.persistence.KpiAggregations.Cell;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.InvalidInputException;
import dev.crm.customer.api.CustomerActivity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The KPI views of DOMAIN.md §1.11: runs the aggregations for a query and turns their counts into
 * figures per bucket and group; also one agent's figures for the training scorecards.
 */
@Service
@EnableConfigurationProperties({KpiProperties.class, KpiReportProperties.class})
public class ComplaintKpis implements AgentServiceFigures {

    private static final List<Grade> GRADE_ROWS = new ArrayList<>(List.of(Grade.values()));

    static {
        GRADE_ROWS.add(null);
    }

    private final KpiAggregations aggregations;
    private final CustomerActivity customerActivity;
    private final KpiProperties properties;
    private final ZoneId zone;
    private final Clock clock;

    /** Public so tests and benchmarks can count in another zone or at a chosen instant. */
    public ComplaintKpis(KpiAggregations aggregations, CustomerActivity customerActivity, KpiProperties properties,
                         BusinessTimeZone businessZone, Clock clock) {
        this.aggregations = aggregations;
        this.customerActivity = customerActivity;
        this.properties = properties;
        this.zone = businessZone.zone();
        this.clock = clock;
    }

    /** Reads a query from request parameters; dates are local dates in the business time zone. */
    public KpiQuery query(String period, String from, String to, String groupBy) {
        return KpiQuery.parse(period, from, to, groupBy, today(), properties.maxBuckets());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    ZoneId zone() {
        return zone;
    }

    public KpiResult compute(KpiQuery query) {
        Instant now = clock.instant();
        List<KpiBucket> buckets = query.buckets(zone);
        KpiDimension groupBy = query.groupBy();
        Map<Cell, ComplaintCounts> complaints = aggregations.complaints(buckets, groupBy, null, now);
        Map<Cell, SurveyCounts> surveys = aggregations.surveys(buckets, groupBy, null);
        List<Instant> edges = new ArrayList<>();
        buckets.forEach(bucket -> edges.add(bucket.start()));
        edges.add(buckets.get(buckets.size() - 1).end());
        List<CustomerActivity.Activity> activity = customerActivity.perInterval(edges);
        Instant end = query.end(zone);
        Instant asOf = end.isBefore(now) ? end : now;
        Map<String, Map<Grade, Backlog.Row>> backlogRows = aggregations.backlog(asOf, groupBy, null);

        List<String> groups = groupsOf(groupBy, complaints.keySet(), surveys.keySet(), backlogRows.keySet());
        List<KpiResult.Bucket> figures = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            KpiBucket bucket = buckets.get(i);
            CustomerActivity.Activity active = activity.get(i);
            List<KpiResult.Group> perGroup = new ArrayList<>();
            for (String group : groups) {
                Cell cell = new Cell(i, group);
                perGroup.add(new KpiResult.Group(group, KpiFigures.of(
                        complaints.getOrDefault(cell, ComplaintCounts.NONE),
                        surveys.getOrDefault(cell, SurveyCounts.NONE),
                        active.activeCustomers(), active.orders(), properties.satisfactionTargetPercent())));
            }
            figures.add(new KpiResult.Bucket(bucket.label(), bucket.start(), bucket.end(), perGroup));
        }
        List<Backlog.Group> backlog = new ArrayList<>();
        for (String group : groups) {
            Map<Grade, Backlog.Row> rows = backlogRows.containsKey(group) ? backlogRows.get(group) : new HashMap<>();
            List<Backlog.Row> byGrade = new ArrayList<>();
            Backlog.Row total = Backlog.Row.empty(null);
            for (Grade grade : GRADE_ROWS) {
                Backlog.Row row = rows.getOrDefault(grade, Backlog.Row.empty(grade));
                byGrade.add(row);
                total = total.plus(row);
            }
            backlog.add(new Backlog.Group(group, byGrade, total));
        }
        return new KpiResult(query.period(), query.from(), query.to(), zone.getId(), groupBy, now, figures,
                new Backlog(asOf, backlog));
    }

    @Override
    public AgentFigures of(String username, Instant from, Instant to) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", "is required");
        }
        List<KpiBucket> interval = interval(from, to);
        Cell all = new Cell(0, null);
        ComplaintCounts complaints = aggregations.complaints(interval, null, username, clock.instant())
                .getOrDefault(all, ComplaintCounts.NONE);
        SurveyCounts surveys = aggregations.surveys(interval, null, username).getOrDefault(all, SurveyCounts.NONE);
        return agentFigures(username, from, to, complaints, surveys);
    }

    @Override
    public List<AgentFigures> ofAgents(Collection<String> usernames, Instant from, Instant to) {
        if (usernames == null || usernames.stream().anyMatch(name -> name == null || name.isBlank())) {
            throw new InvalidInputException("usernames", "are required, none blank");
        }
        List<KpiBucket> interval = interval(from, to);
        Map<Cell, ComplaintCounts> complaints = aggregations.complaints(interval, KpiDimension.AGENT, null,
                clock.instant());
        Map<Cell, SurveyCounts> surveys = aggregations.surveys(interval, KpiDimension.AGENT, null);
        return usernames.stream().map(username -> agentFigures(username, from, to,
                complaints.getOrDefault(new Cell(0, username), ComplaintCounts.NONE),
                surveys.getOrDefault(new Cell(0, username), SurveyCounts.NONE))).toList();
    }

    private static List<KpiBucket> interval(Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new InvalidInputException("to", "must be after from");
        }
        return List.of(new KpiBucket("agent", from, to));
    }

    private AgentFigures agentFigures(String username, Instant from, Instant to, ComplaintCounts complaints,
                                      SurveyCounts surveys) {
        KpiFigures figures = KpiFigures.of(complaints, surveys, null, null, properties.satisfactionTargetPercent());
        return new AgentFigures(username, from, to, complaints.complaints(), complaints.resolved(),
                KpiFigures.Share.of(complaints.resolved(), complaints.complaints()).percent(),
                figures.firstResponseSla().percent(), figures.resolutionSla().percent(),
                figures.responseTime().meanSeconds(), figures.resolutionTime().meanSeconds(),
                figures.handlingSatisfaction().percent(), surveys.csatAnswered(), figures.csat().mean(),
                complaints.reopened());
    }

    /**
     * The groups every bucket lists: the dimension's whole vocabulary (so a quiet channel shows as
     * zero, not as a gap), then any other value seen, alphabetically, then "no value" if seen.
     */
    private static List<String> groupsOf(KpiDimension groupBy, Set<Cell> complaintCells, Set<Cell> surveyCells,
                                         Set<String> backlogGroups) {
        if (groupBy == null) {
            return Collections.singletonList(null);
        }
        Set<String> seen = new TreeSet<>(Comparator.nullsLast(Comparator.naturalOrder()));
        boolean noValue = false;
        for (Set<Cell> cells : List.of(complaintCells, surveyCells)) {
            for (Cell cell : cells) {
                if (cell.group() == null) {
                    noValue = true;
                } else {
                    seen.add(cell.group());
                }
            }
        }
        for (String group : backlogGroups) {
            if (group == null) {
                noValue = true;
            } else {
                seen.add(group);
            }
        }
        Set<String> ordered = new LinkedHashSet<>(groupBy.knownValues());
        ordered.addAll(seen);
        List<String> groups = new ArrayList<>(ordered);
        if (noValue) {
            groups.add(null);
        }
        return groups;
    }
}
