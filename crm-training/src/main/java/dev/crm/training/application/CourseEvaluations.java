package dev.crm.training.application;

import dev.crm.complaint.api.AgentServiceFigures;
import dev.crm.complaint.api.AgentServiceFigures.AgentFigures;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.InvalidInputException;
import dev.crm.training.api.AssessmentScore;
import dev.crm.training.api.AssessmentScores;
import dev.crm.training.api.AttemptStatus;
import dev.crm.training.api.CourseEvaluation;
import dev.crm.training.api.ScoreChange;
import dev.crm.training.domain.Enrolment;
import dev.crm.training.domain.EnrolmentStatus;
import dev.crm.training.domain.QaReview;
import dev.crm.training.domain.ReactionSurvey;
import dev.crm.training.persistence.EnrolmentRepository;
import dev.crm.training.persistence.QaReviewRepository;
import dev.crm.training.persistence.ReactionSurveyRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Kirkpatrick evaluation of a course (DOMAIN.md §4). Participants are the people who completed the
 * course — each once, with their latest completion in the asked range — and whom the reader may see
 * (HR: all; a supervisor: their reports). A participant's windows are anchored at the start of their
 * completion's business day, so people who completed on the same day share their windows and their
 * service figures come from one grouped pass per day ({@link AgentServiceFigures#ofAgents}).
 */
@Service
public class CourseEvaluations {

    static final int MAX_WINDOW_DAYS = 730;
    private static final Instant BEGINNING = Instant.EPOCH;
    private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");

    private final Courses courses;
    private final EnrolmentRepository enrolments;
    private final ReactionSurveyRepository reactions;
    private final AssessmentScores assessmentScores;
    private final QaReviewRepository reviews;
    private final AgentServiceFigures serviceFigures;
    private final ResultsPrivacy privacy;
    private final TrainingProperties properties;
    private final ZoneId zone;

    CourseEvaluations(Courses courses, EnrolmentRepository enrolments, ReactionSurveyRepository reactions,
                      AssessmentScores assessmentScores, QaReviewRepository reviews,
                      AgentServiceFigures serviceFigures, ResultsPrivacy privacy, TrainingProperties properties,
                      BusinessTimeZone zone) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.reactions = reactions;
        this.assessmentScores = assessmentScores;
        this.reviews = reviews;
        this.serviceFigures = serviceFigures;
        this.privacy = privacy;
        this.properties = properties;
        this.zone = zone.zone();
    }

    /**
     * @param windowDays null: {@code crm.training.evaluation.window-days}
     * @param from       completions on or after this business day (null: any)
     * @param to         completions on or before this business day (null: any)
     */
    public CourseEvaluation evaluate(String courseCode, Integer windowDays, LocalDate from, LocalDate to) {
        String code = courses.get(courseCode).code();
        int days = windowDays == null ? properties.evaluation().windowDays() : windowDays;
        if (days < 1 || days > MAX_WINDOW_DAYS) {
            throw new InvalidInputException("windowDays", "must be between 1 and " + MAX_WINDOW_DAYS);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        Map<String, LocalDate> completedOn = participants(code, from, to);
        Duration window = Duration.ofDays(days);
        return new CourseEvaluation(code, days, from, to, completedOn.size(), reaction(code, completedOn),
                learning(code, completedOn), behaviour(completedOn, window), results(completedOn, window));
    }

    /** Each visible participant with the business day of their latest completion in range, by username. */
    private Map<String, LocalDate> participants(String code, LocalDate from, LocalDate to) {
        Optional<Set<String>> visible = privacy.visiblePeople();
        Map<String, LocalDate> latest = new java.util.TreeMap<>();
        for (Enrolment enrolment : enrolments.findByCourseCodeAndStatus(code, EnrolmentStatus.COMPLETED)) {
            if (enrolment.completedAt() == null || visible.map(v -> !v.contains(enrolment.staff())).orElse(false)) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(enrolment.completedAt(), zone);
            if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
                continue;
            }
            latest.merge(enrolment.staff(), day, (a, b) -> a.isAfter(b) ? a : b);
        }
        return latest;
    }

    private CourseEvaluation.Reaction reaction(String code, Map<String, LocalDate> participants) {
        List<ReactionSurvey> answers = reactions.findByCourseCode(code).stream()
                .filter(r -> participants.containsKey(r.staff()))
                .sorted(Comparator.comparing(ReactionSurvey::answeredAt)).toList();
        return new CourseEvaluation.Reaction(answers.size(), mean(answers, r -> r.ratings().relevance()),
                mean(answers, r -> r.ratings().delivery()), mean(answers, r -> r.ratings().applicability()),
                answers.stream().map(ReactionSurvey::comment).filter(Objects::nonNull).toList());
    }

    private CourseEvaluation.Learning learning(String code, Map<String, LocalDate> participants) {
        int gradedAttempts = 0;
        List<BigDecimal> best = new ArrayList<>();
        int passed = 0;
        for (String person : participants.keySet()) {
            List<AssessmentScore> graded = assessmentScores.ofPerson(person, BEGINNING, END).stream()
                    .filter(s -> code.equals(s.courseCode()) && s.status() == AttemptStatus.GRADED
                            && s.scorePercent() != null)
                    .toList();
            if (graded.isEmpty()) {
                continue;
            }
            gradedAttempts += graded.size();
            best.add(graded.stream().map(AssessmentScore::scorePercent).max(Comparator.naturalOrder()).orElseThrow());
            if (graded.stream().anyMatch(s -> Boolean.TRUE.equals(s.passed()))) {
                passed++;
            }
        }
        Double meanBest = best.isEmpty() ? null : best.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(best.size()), 2, RoundingMode.HALF_UP).doubleValue();
        return new CourseEvaluation.Learning(best.size(), gradedAttempts, meanBest, passed,
                best.isEmpty() ? null : percent(passed, best.size()));
    }

    private CourseEvaluation.Behaviour behaviour(Map<String, LocalDate> participants, Duration window) {
        if (participants.isEmpty()) {
            return new CourseEvaluation.Behaviour(0, 0, ScoreChange.of(null, null));
        }
        Instant earliest = participants.values().stream().min(Comparator.naturalOrder()).map(this::anchor)
                .orElseThrow().minus(window);
        Instant latest = participants.values().stream().max(Comparator.naturalOrder()).map(this::anchor)
                .orElseThrow().plus(window);
        List<QaReview> before = new ArrayList<>();
        List<QaReview> after = new ArrayList<>();
        for (QaReview review : reviews.ofPeopleIn(participants.keySet(), earliest, latest)) {
            Instant anchor = anchor(participants.get(review.reviewee()));
            Instant at = review.interactionAt();
            if (!at.isBefore(anchor.minus(window)) && at.isBefore(anchor)) {
                before.add(review);
            } else if (!at.isBefore(anchor) && at.isBefore(anchor.plus(window))) {
                after.add(review);
            }
        }
        return new CourseEvaluation.Behaviour(before.size(), after.size(),
                ScoreChange.of(Scorecards.meanPercent(before), Scorecards.meanPercent(after)));
    }

    private CourseEvaluation.Results results(Map<String, LocalDate> participants, Duration window) {
        Map<LocalDate, List<String>> byDay = participants.entrySet().stream().collect(Collectors.groupingBy(
                Map.Entry::getValue, LinkedHashMap::new, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        List<AgentFigures> before = new ArrayList<>();
        List<AgentFigures> after = new ArrayList<>();
        byDay.forEach((day, people) -> {
            Instant anchor = anchor(day);
            before.addAll(serviceFigures.ofAgents(people, anchor.minus(window), anchor));
            after.addAll(serviceFigures.ofAgents(people, anchor, anchor.plus(window)));
        });
        return new CourseEvaluation.Results(sum(before, AgentFigures::handled), sum(after, AgentFigures::handled),
                sum(before, AgentFigures::surveysAnswered), sum(after, AgentFigures::surveysAnswered),
                ScoreChange.of(weighted(before, AgentFigures::meanResponseSeconds, AgentFigures::handled),
                        weighted(after, AgentFigures::meanResponseSeconds, AgentFigures::handled)),
                ScoreChange.of(weighted(before, AgentFigures::meanResolutionSeconds, AgentFigures::resolved),
                        weighted(after, AgentFigures::meanResolutionSeconds, AgentFigures::resolved)),
                ScoreChange.of(pooledRate(before), pooledRate(after)),
                ScoreChange.of(weighted(before, AgentFigures::handlingSatisfactionPercent, AgentFigures::surveysAnswered),
                        weighted(after, AgentFigures::handlingSatisfactionPercent, AgentFigures::surveysAnswered)),
                ScoreChange.of(weighted(before, AgentFigures::csat, AgentFigures::surveysAnswered),
                        weighted(after, AgentFigures::csat, AgentFigures::surveysAnswered)));
    }

    private Instant anchor(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static long sum(List<AgentFigures> figures, java.util.function.ToLongFunction<AgentFigures> count) {
        return figures.stream().mapToLong(count).sum();
    }

    private static Double pooledRate(List<AgentFigures> figures) {
        long handled = sum(figures, AgentFigures::handled);
        return handled == 0 ? null : percent(sum(figures, AgentFigures::resolved), handled);
    }

    /** The mean of the people's values weighted by their samples; null when no weighted value exists. */
    private static Double weighted(List<AgentFigures> figures, Function<AgentFigures, Double> value,
                                   java.util.function.ToLongFunction<AgentFigures> weight) {
        double total = 0;
        long weights = 0;
        for (AgentFigures figure : figures) {
            Double v = value.apply(figure);
            long w = weight.applyAsLong(figure);
            if (v != null && w > 0) {
                total += v * w;
                weights += w;
            }
        }
        return weights == 0 ? null : ScoreChangeRounding.round(total / weights);
    }

    private static Double percent(long part, long whole) {
        return BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).doubleValue();
    }

    private static <T> Double mean(List<T> items, ToDoubleFunction<T> value) {
        if (items.isEmpty()) {
            return null;
        }
        double sum = items.stream().mapToDouble(value).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(items.size()), 2, RoundingMode.HALF_UP).doubleValue();
    }

    private static final class ScoreChangeRounding {
        static double round(double value) {
            return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
        }
    }
}
