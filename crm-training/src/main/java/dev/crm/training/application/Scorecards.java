package dev.crm.training.application;

import dev.crm.complaint.api.AgentServiceFigures;
import dev.crm.complaint.api.AgentServiceFigures.AgentFigures;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.training.api.Scorecard;
import dev.crm.training.domain.Certificate;
import dev.crm.training.domain.Enrolment;
import dev.crm.training.domain.EnrolmentStatus;
import dev.crm.training.domain.QaReview;
import dev.crm.training.domain.ReviewPeriod;
import dev.crm.training.domain.StaffProfile;
import dev.crm.training.persistence.CertificateRepository;
import dev.crm.training.persistence.EnrolmentRepository;
import dev.crm.training.persistence.QaReviewRepository;
import dev.crm.training.persistence.StaffProfileRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Agent scorecards per period. Many people are scored in one go: one grouped pass over the
 * complaints and surveys ({@link AgentServiceFigures#ofAgents}), one query each for their QA
 * reviews, enrolments and certificates — never one query per person.
 */
@Service
public class Scorecards {

    private final AgentServiceFigures serviceFigures;
    private final QaReviewRepository reviews;
    private final EnrolmentRepository enrolments;
    private final CertificateRepository certificates;
    private final StaffProfileRepository profiles;
    private final ResultsPrivacy privacy;
    private final ZoneId zone;
    private final Clock clock;

    Scorecards(AgentServiceFigures serviceFigures, QaReviewRepository reviews, EnrolmentRepository enrolments,
               CertificateRepository certificates, StaffProfileRepository profiles, ResultsPrivacy privacy,
               BusinessTimeZone zone, Clock clock) {
        this.serviceFigures = serviceFigures;
        this.reviews = reviews;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.profiles = profiles;
        this.privacy = privacy;
        this.zone = zone.zone();
        this.clock = clock;
    }

    /** One person's scorecard, for HR, the person and their supervisor chain. */
    public Scorecard of(String staff, ReviewPeriod period) {
        privacy.requireMaySee(staff);
        return compute(List.of(staff), period).get(0);
    }

    /**
     * The scorecards of the people of a department (all people when null) the caller may see, by
     * username; only the page's people are scored.
     */
    public ResultPage<Scorecard> list(ReviewPeriod period, String department, PageQuery query) {
        List<String> people;
        if (department == null || department.isBlank()) {
            people = profiles.findAll(Sort.by("_id")).stream().map(StaffProfile::username).toList();
        } else {
            people = profiles.findByDepartmentCode(department.strip().toUpperCase(Locale.ROOT), Sort.by("_id"))
                    .stream().map(StaffProfile::username).toList();
        }
        Optional<Set<String>> visible = privacy.visiblePeople();
        if (visible.isPresent()) {
            people = people.stream().filter(visible.get()::contains).toList();
        }
        int from = (int) Math.min(query.offset(), people.size());
        List<String> page = people.subList(from, Math.min(people.size(), from + query.size()));
        return new ResultPage<>(page.isEmpty() ? List.of() : compute(page, period), query.page(), query.size(),
                people.size());
    }

    /** The scorecards of these people, in the order given. No privacy check: callers decide who asks. */
    public List<Scorecard> compute(Collection<String> people, ReviewPeriod period) {
        Instant from = period.start(zone);
        Instant to = period.end(zone);
        Instant now = clock.instant();
        Instant certificatesAt = to.isAfter(now) ? now : to.minusMillis(1);
        List<String> asked = List.copyOf(people);
        List<AgentFigures> figures = serviceFigures.ofAgents(asked, from, to);
        Map<String, List<QaReview>> reviewsOf = reviews.ofPeopleIn(asked, from, to).stream()
                .collect(Collectors.groupingBy(QaReview::reviewee));
        Map<String, List<Enrolment>> enrolmentsOf = enrolments.dueIn(asked, period.firstDay(), period.lastDay())
                .stream().filter(e -> e.status() != EnrolmentStatus.CANCELLED)
                .collect(Collectors.groupingBy(Enrolment::staff));
        Map<String, Set<String>> certifiedIn = new HashMap<>();
        for (Certificate certificate : certificates.validAt(asked, certificatesAt)) {
            certifiedIn.computeIfAbsent(certificate.staff(), s -> new HashSet<>()).add(certificate.courseCode());
        }
        List<Scorecard> cards = new ArrayList<>(asked.size());
        for (int i = 0; i < asked.size(); i++) {
            String person = asked.get(i);
            cards.add(new Scorecard(person, period.key(), from, to, figures.get(i),
                    qaSummary(reviewsOf.getOrDefault(person, List.of())),
                    completion(enrolmentsOf.getOrDefault(person, List.of())),
                    certifiedIn.getOrDefault(person, Set.of()).size()));
        }
        return cards;
    }

    static Scorecard.QaSummary qaSummary(List<QaReview> reviews) {
        if (reviews.isEmpty()) {
            return new Scorecard.QaSummary(0, null, null, null, null, null);
        }
        return new Scorecard.QaSummary(reviews.size(), mean(reviews, r -> r.scores().informationAccuracy()),
                mean(reviews, r -> r.scores().correctResolution()), mean(reviews, r -> r.scores().attitude()),
                mean(reviews, r -> r.scores().courtesy()), meanPercent(reviews));
    }

    static Double meanPercent(List<QaReview> reviews) {
        if (reviews.isEmpty()) {
            return null;
        }
        BigDecimal sum = reviews.stream().map(r -> r.scores().percent()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(reviews.size()), 2, RoundingMode.HALF_UP).doubleValue();
    }

    private static Double mean(List<QaReview> reviews, ToIntFunction<QaReview> mark) {
        double sum = reviews.stream().mapToInt(mark).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(reviews.size()), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static Scorecard.TrainingCompletion completion(List<Enrolment> due) {
        int completed = (int) due.stream().filter(e -> e.status() == EnrolmentStatus.COMPLETED).count();
        Double percent = due.isEmpty() ? null : BigDecimal.valueOf(100L * completed)
                .divide(BigDecimal.valueOf(due.size()), 2, RoundingMode.HALF_UP).doubleValue();
        return new Scorecard.TrainingCompletion(due.size(), completed, percent);
    }
}
