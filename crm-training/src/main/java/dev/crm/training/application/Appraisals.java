package dev.crm.training.application;

import dev.crm.complaint.api.AgentServiceFigures;
import dev.crm.complaint.api.AgentServiceFigures.AgentFigures;
import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.BusinessTimeZone;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.Role;
import dev.crm.training.domain.Appraisal;
import dev.crm.training.domain.AppraisalScheme;
import dev.crm.training.domain.KpiScore;
import dev.crm.training.domain.ReviewPeriod;
import dev.crm.training.domain.ServiceStarRanking;
import dev.crm.training.persistence.AppraisalRepository;
import dev.crm.training.persistence.AppraisalSchemeRepository;
import dev.crm.training.persistence.StaffProfileRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Appraisal schemes (HR) and appraisals: HR opens a person's appraisal for a period under a scheme,
 * which scores their service figures; someone in their supervisor chain rates them; HR or the chain
 * records their conduct compliance; HR grants incentives. Appraisals are read under
 * {@link ResultsPrivacy}.
 */
@Service
public class Appraisals {

    static final int MAX_TOP = 100;

    private final AppraisalSchemeRepository schemes;
    private final AppraisalRepository appraisals;
    private final StaffProfileRepository profiles;
    private final AgentServiceFigures serviceFigures;
    private final ResultsPrivacy privacy;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final ZoneId zone;
    private final Clock clock;

    Appraisals(AppraisalSchemeRepository schemes, AppraisalRepository appraisals, StaffProfileRepository profiles,
               AgentServiceFigures serviceFigures, ResultsPrivacy privacy, CurrentStaff currentStaff,
               AuditLog auditLog, BusinessTimeZone zone, Clock clock) {
        this.schemes = schemes;
        this.appraisals = appraisals;
        this.profiles = profiles;
        this.serviceFigures = serviceFigures;
        this.privacy = privacy;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.zone = zone.zone();
        this.clock = clock;
    }

    public AppraisalScheme define(String code, String name, AppraisalScheme.Weights weights,
                                  List<AppraisalScheme.Band> bands) {
        String by = currentStaff.username();
        AppraisalScheme scheme = AppraisalScheme.define(code, name, weights, bands, by, clock.instant());
        try {
            scheme = schemes.insert(scheme);
        } catch (DuplicateKeyException taken) {
            throw new DuplicateRecordException("appraisal scheme", "code", scheme.code());
        }
        auditLog.record(new AuditEvent(by, "training.appraisal-scheme-defined", "AppraisalScheme", scheme.code(),
                Map.of("weights", scheme.weights().toString())));
        return scheme;
    }

    public AppraisalScheme scheme(String code) {
        return schemes.findById(code).orElseThrow(() -> new RecordNotFoundException("appraisal scheme", code));
    }

    public ResultPage<AppraisalScheme> schemes(PageQuery query) {
        Page<AppraisalScheme> page = schemes.findAll(PageRequest.of(query.page(), query.size(), Sort.by("_id")));
        return new ResultPage<>(page.getContent(), query.page(), query.size(), page.getTotalElements());
    }

    /**
     * @throws BusinessRuleViolationException naming {@code staff} (no profile) or {@code schemeCode} (unknown)
     * @throws DuplicateRecordException when the person already has an appraisal for the period
     */
    public Appraisal open(String staff, ReviewPeriod period, String schemeCode) {
        if (staff == null || staff.isBlank() || !profiles.existsById(staff.strip())) {
            throw refused("staff", "no staff profile '" + staff + "'");
        }
        AppraisalScheme scheme = schemeCode == null ? null : schemes.findById(schemeCode.strip()).orElse(null);
        if (scheme == null) {
            throw refused("schemeCode", "no appraisal scheme '" + schemeCode + "'");
        }
        String person = staff.strip();
        String by = currentStaff.username();
        Appraisal appraisal = Appraisal.open(person, period, scheme, kpisOf(person, period), by, clock.instant());
        try {
            appraisal = appraisals.insert(appraisal);
        } catch (DuplicateKeyException taken) {
            throw new DuplicateRecordException("appraisal", "period", period.key());
        }
        auditLog.record(new AuditEvent(by, "training.appraisal-opened", "Appraisal", appraisal.id(),
                Map.of("staff", person, "period", period.key(), "scheme", scheme.code())));
        return appraisal;
    }

    private KpiScore kpisOf(String person, ReviewPeriod period) {
        AgentFigures figures = serviceFigures.of(person, period.start(zone), period.end(zone));
        return new KpiScore(figures.resolutionRatePercent(), figures.firstResponseCompliancePercent(),
                figures.resolutionCompliancePercent(), figures.handlingSatisfactionPercent(), figures.csat());
    }

    public Appraisal get(String id) {
        Appraisal appraisal = find(id);
        privacy.requireMaySee(appraisal.staff());
        return appraisal;
    }

    /** A period's appraisals the caller may see (HR: all), by person. */
    public ResultPage<Appraisal> ofPeriod(ReviewPeriod period, PageQuery query) {
        PageRequest request = PageRequest.of(query.page(), query.size(), Sort.by("staff"));
        Optional<Set<String>> visible = privacy.visiblePeople();
        Page<Appraisal> page = visible.isEmpty() ? appraisals.findByPeriod(period.key(), request)
                : appraisals.findByPeriodAndStaffIn(period.key(), visible.get(), request);
        return new ResultPage<>(page.getContent(), query.page(), query.size(), page.getTotalElements());
    }

    /** The supervisor's rating: only someone in the person's supervisor chain gives it. */
    public Appraisal rate(String id, Integer rating, String comment) {
        return change(id, "training.appraisal-rated", appraisal -> {
            if (!privacy.supervises(appraisal.staff())) {
                throw new AccessDeniedException("only the supervisor chain of " + appraisal.staff() + " rates them");
            }
            appraisal.rate(rating, comment, currentStaff.username(), clock.instant());
        });
    }

    /** Conduct compliance: HR or the supervisor chain. */
    public Appraisal recordConduct(String id, Integer compliance, String note) {
        return change(id, "training.appraisal-conduct-recorded", appraisal -> {
            if (!currentStaff.hasRole(Role.HR) && !privacy.supervises(appraisal.staff())) {
                throw new AccessDeniedException("only HR or the supervisor chain records conduct compliance");
            }
            appraisal.recordConduct(compliance, note, currentStaff.username(), clock.instant());
        });
    }

    /** New service figures for the period (e.g. surveys answered late): HR. */
    public Appraisal refreshKpis(String id) {
        return change(id, "training.appraisal-kpis-refreshed", appraisal ->
                appraisal.refreshKpis(kpisOf(appraisal.staff(), ReviewPeriod.parse(appraisal.period(), "period")),
                        clock.instant()));
    }

    public Appraisal grant(String id, Appraisal.IncentiveKind kind, BigDecimal amount, String currency, String title,
                           String note) {
        return change(id, "training.incentive-granted", appraisal -> appraisal.grant(kind, amount, currency, title,
                note, currentStaff.username(), clock.instant()));
    }

    /** The period's Service Stars: the top {@code n} of its finished appraisals (ties: see {@link ServiceStarRanking}). */
    public List<ServiceStarRanking.Place> serviceStars(ReviewPeriod period, int n) {
        if (n < 1 || n > MAX_TOP) {
            throw new dev.crm.core.api.InvalidInputException("top", "must be between 1 and " + MAX_TOP);
        }
        List<ServiceStarRanking.Contender> contenders = appraisals.findByPeriod(period.key()).stream()
                .map(a -> new ServiceStarRanking.Contender(a.staff(), a.finalScore(), a.quantitativeScore(),
                        a.supervisorRating()))
                .toList();
        return ServiceStarRanking.top(contenders, n);
    }

    private Appraisal change(String id, String action, Consumer<Appraisal> command) {
        Appraisal appraisal = find(id);
        command.accept(appraisal);
        // @Version: a concurrent change of the same appraisal fails (409) rather than being overwritten.
        Appraisal saved = appraisals.save(appraisal);
        auditLog.record(new AuditEvent(currentStaff.username(), action, "Appraisal", id,
                Map.of("staff", saved.staff(), "period", saved.period())));
        return saved;
    }

    private Appraisal find(String id) {
        return appraisals.findById(id).orElseThrow(() -> new RecordNotFoundException("appraisal", id));
    }

    private static BusinessRuleViolationException refused(String field, String message) {
        return new BusinessRuleViolationException("The appraisal refers to something unknown",
                List.of(new FieldViolation(field, message)));
    }
}
