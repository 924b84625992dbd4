package dev.crm.training.domain;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's appraisal for one period (DOMAIN.md §4): the quantitative part from their service
 * figures, the qualitative part — a rating 0–100 by someone in their supervisor chain —, and the
 * process part — conduct compliance 0–100 by HR or the supervisor chain —, combined with the
 * weights of the scheme copied at opening into a final score and its band. Incentives (bonus,
 * promotion, honour) are recorded on it once it has a final score. The id is {@code staff|period}:
 * one appraisal per person and period.
 */
@Document("training_appraisals")
public class Appraisal {

    static final int MAX_INCENTIVES = 20;
    static final int MAX_TEXT = 2000;

    @Id
    private final String id;
    private final String staff;
    @Indexed
    private final String period;
    private final String schemeCode;
    private final AppraisalScheme.Weights weights;
    private final List<AppraisalScheme.Band> bands;
    private KpiScore kpis;
    private BigDecimal quantitativeScore;
    private Integer supervisorRating;
    private String ratedBy;
    private String ratingComment;
    private Integer conductCompliance;
    private String conductBy;
    private String conductNote;
    private BigDecimal finalScore;
    private String band;
    private List<Incentive> incentives;
    private final Instant openedAt;
    private final String openedBy;
    private Instant changedAt;
    @Version
    private Long version;

    Appraisal(String id, String staff, String period, String schemeCode, AppraisalScheme.Weights weights,
              List<AppraisalScheme.Band> bands, KpiScore kpis, BigDecimal quantitativeScore, Integer supervisorRating,
              String ratedBy, String ratingComment, Integer conductCompliance, String conductBy, String conductNote,
              BigDecimal finalScore, String band, List<Incentive> incentives, Instant openedAt, String openedBy,
              Instant changedAt, Long version) {
        this.id = id;
        this.staff = staff;
        this.period = period;
        this.schemeCode = schemeCode;
        this.weights = weights;
        this.bands = bands == null ? List.of() : List.copyOf(bands);
        this.kpis = kpis;
        this.quantitativeScore = quantitativeScore;
        this.supervisorRating = supervisorRating;
        this.ratedBy = ratedBy;
        this.ratingComment = ratingComment;
        this.conductCompliance = conductCompliance;
        this.conductBy = conductBy;
        this.conductNote = conductNote;
        this.finalScore = finalScore;
        this.band = band;
        this.incentives = incentives == null ? new ArrayList<>() : new ArrayList<>(incentives);
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.changedAt = changedAt;
        this.version = version;
    }

    public enum IncentiveKind { BONUS, PROMOTION, HONOUR }

    /** @param amount money, BONUS only (CNY unless {@code currency}); {@code title} e.g. "Service Star" */
    public record Incentive(IncentiveKind kind, BigDecimal amount, String currency, String title, String note,
                            String grantedBy, Instant grantedAt) {
    }

    public static String idOf(String staff, String period) {
        return staff + "|" + period;
    }

    public static Appraisal open(String staff, ReviewPeriod period, AppraisalScheme scheme, KpiScore kpis, String by,
                                 Instant at) {
        Appraisal appraisal = new Appraisal(idOf(staff, period.key()), staff, period.key(), scheme.code(),
                scheme.weights(), scheme.bands(), kpis, kpis.score(), null, null, null, null, null, null, null, null,
                List.of(), at, by, at, null);
        appraisal.recompute();
        return appraisal;
    }

    /** The supervisor's rating; the caller checks that {@code by} is in the person's supervisor chain. */
    public void rate(Integer rating, String comment, String by, Instant at) {
        requireNotSelf(by, "rating");
        this.supervisorRating = score("rating", rating);
        this.ratingComment = text("comment", comment);
        this.ratedBy = by;
        this.changedAt = at;
        recompute();
    }

    public void recordConduct(Integer compliance, String note, String by, Instant at) {
        requireNotSelf(by, "compliance");
        this.conductCompliance = score("compliance", compliance);
        this.conductNote = text("note", note);
        this.conductBy = by;
        this.changedAt = at;
        recompute();
    }

    /** New figures for the period (e.g. late surveys): the quantitative part and the result follow. */
    public void refreshKpis(KpiScore figures, Instant at) {
        this.kpis = figures;
        this.quantitativeScore = figures.score();
        this.changedAt = at;
        recompute();
    }

    public void grant(IncentiveKind kind, BigDecimal amount, String currency, String title, String note, String by,
                      Instant at) {
        if (kind == null) {
            throw new InvalidInputException("kind", "is required (BONUS, PROMOTION or HONOUR)");
        }
        if (kind == IncentiveKind.BONUS && (amount == null || amount.signum() <= 0)) {
            throw new InvalidInputException("amount", "a bonus needs an amount above 0");
        }
        if (kind != IncentiveKind.BONUS && amount != null) {
            throw new InvalidInputException("amount", "only a bonus has an amount");
        }
        if (kind == IncentiveKind.HONOUR && (title == null || title.isBlank())) {
            throw new InvalidInputException("title", "an honour needs a title");
        }
        String normalisedCurrency = amount == null ? null
                : currency == null || currency.isBlank() ? "CNY" : currency.strip().toUpperCase(Locale.ROOT);
        if (normalisedCurrency != null && !normalisedCurrency.matches("[A-Z]{3}")) {
            throw new InvalidInputException("currency", "must be a three-letter ISO 4217 code");
        }
        if (finalScore == null) {
            throw new BusinessRuleViolationException("Incentives follow a complete appraisal",
                    List.of(new FieldViolation("appraisal", "has no final score yet (rating and conduct needed)")));
        }
        if (incentives.size() >= MAX_INCENTIVES) {
            throw new BusinessRuleViolationException("At most " + MAX_INCENTIVES + " incentives per appraisal");
        }
        incentives.add(new Incentive(kind, amount, normalisedCurrency, text("title", title), text("note", note), by, at));
        this.changedAt = at;
    }

    private void requireNotSelf(String by, String field) {
        if (staff.equals(by)) {
            throw new BusinessRuleViolationException("Nobody appraises themselves",
                    List.of(new FieldViolation(field, "must not be entered by the appraised person")));
        }
    }

    /** The final score needs the two judged parts; the KPI part joins when there is anything to measure. */
    private void recompute() {
        if (supervisorRating == null || conductCompliance == null) {
            finalScore = null;
        } else {
            finalScore = weights.combine(quantitativeScore, BigDecimal.valueOf(supervisorRating),
                    BigDecimal.valueOf(conductCompliance));
        }
        band = AppraisalScheme.bandOf(bands, finalScore);
    }

    private static Integer score(String field, Integer value) {
        if (value == null || value < 0 || value > 100) {
            throw new InvalidInputException(field, "must be between 0 and 100");
        }
        return value;
    }

    private static String text(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "must be at most " + MAX_TEXT + " characters");
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String id() { return id; }
    public String staff() { return staff; }
    public String period() { return period; }
    public String schemeCode() { return schemeCode; }
    public AppraisalScheme.Weights weights() { return weights; }
    public List<AppraisalScheme.Band> bands() { return List.copyOf(bands); }
    public KpiScore kpis() { return kpis; }
    public BigDecimal quantitativeScore() { return quantitativeScore; }
    public Integer supervisorRating() { return supervisorRating; }
    public String ratedBy() { return ratedBy; }
    public String ratingComment() { return ratingComment; }
    public Integer conductCompliance() { return conductCompliance; }
    public String conductBy() { return conductBy; }
    public String conductNote() { return conductNote; }
    public BigDecimal finalScore() { return finalScore; }
    public String band() { return band; }
    public List<Incentive> incentives() { return List.copyOf(incentives); }
    public Instant openedAt() { return openedAt; }
    public String openedBy() { return openedBy; }
    public Instant changedAt() { return changedAt; }
    public Long version() { return version; }
}
