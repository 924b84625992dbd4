package dev.crm.training.domain;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.Getter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A timed test for a course: which questions an attempt draws, how long it may take, how often a
 * person may try, the pass mark, and who grades the open answers (DOMAIN.md §4). The pass mark is
 * 80 % unless set — the handbooks give none.
 */
@Getter
@Document("assessments")
public class Assessment {

    public static final int DEFAULT_PASS_MARK_PERCENT = 80;
    /** Three tries unless set: a retake after a bad day, not unlimited guessing. */
    public static final int DEFAULT_ATTEMPT_LIMIT = 3;
    public static final int MAX_QUESTIONS = 100;
    public static final int MAX_TIME_LIMIT_MINUTES = 24 * 60;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

    @Id
    private final String code;
    private final String title;
    /** The course it tests, by code: a reference, the course itself lives in the catalogue. */
    @Indexed
    private final String courseCode;
    private final List<DrawRule> drawRules;
    private final int timeLimitMinutes;
    private final int attemptLimit;
    private final int passMarkPercent;
    /** Who grades the open answers; also who may read its attempts' results. */
    @Indexed
    private final Set<String> reviewers;
    private final Instant createdAt;
    private final String createdBy;
    @Version
    private Long version;

    @PersistenceCreator
    Assessment(String code, String title, String courseCode, List<DrawRule> drawRules, int timeLimitMinutes,
               int attemptLimit, int passMarkPercent, Set<String> reviewers, Instant createdAt, String createdBy,
               Long version) {
        this.code = code;
        this.title = title;
        this.courseCode = courseCode;
        this.drawRules = List.copyOf(drawRules);
        this.timeLimitMinutes = timeLimitMinutes;
        this.attemptLimit = attemptLimit;
        this.passMarkPercent = passMarkPercent;
        this.reviewers = Set.copyOf(reviewers == null ? Set.of() : reviewers);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.version = version;
    }

    /**
     * Checks what the assessment says about itself; whether its banks, course and reviewers exist
     * is for the caller, who can look them up.
     *
     * @throws InvalidInputException naming each offending field
     */
    public static Assessment define(AssessmentDraft draft, String by, Instant at) {
        List<FieldViolation> violations = new ArrayList<>();
        String code = draft.code() == null ? "" : draft.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            violations.add(new FieldViolation("code", "must be 2-32 letters, digits or '-', starting with a letter"));
        }
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            violations.add(new FieldViolation("title", "must be 1 to 200 characters"));
        }
        String course = draft.courseCode() == null ? "" : draft.courseCode().strip().toUpperCase(Locale.ROOT);
        if (course.isEmpty()) {
            violations.add(new FieldViolation("courseCode", "is required"));
        }
        List<DrawRule> rules = drawRules(draft.drawRules(), violations);
        int timeLimit = draft.timeLimitMinutes() == null ? 0 : draft.timeLimitMinutes();
        if (draft.timeLimitMinutes() == null || timeLimit < 1 || timeLimit > MAX_TIME_LIMIT_MINUTES) {
            violations.add(new FieldViolation("timeLimitMinutes", "must be between 1 and " + MAX_TIME_LIMIT_MINUTES));
        }
        int attempts = draft.attemptLimit() == null ? DEFAULT_ATTEMPT_LIMIT : draft.attemptLimit();
        if (attempts < 1 || attempts > 20) {
            violations.add(new FieldViolation("attemptLimit", "must be between 1 and 20"));
        }
        int passMark = draft.passMarkPercent() == null ? DEFAULT_PASS_MARK_PERCENT : draft.passMarkPercent();
        if (passMark < 0 || passMark > 100) {
            violations.add(new FieldViolation("passMarkPercent", "must be between 0 and 100"));
        }
        Set<String> reviewers = new LinkedHashSet<>();
        List<String> named = draft.reviewers() == null ? List.of() : draft.reviewers();
        for (int i = 0; i < named.size(); i++) {
            String reviewer = named.get(i) == null ? "" : named.get(i).strip();
            if (reviewer.isEmpty()) {
                violations.add(new FieldViolation("reviewers[" + i + "]", "must not be blank"));
            } else {
                reviewers.add(reviewer);
            }
        }
        if (reviewers.size() > 20) {
            violations.add(new FieldViolation("reviewers", "at most 20 reviewers"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Assessment(code, title, course, rules, timeLimit, attempts, passMark, reviewers, at, by, null);
    }

    private static List<DrawRule> drawRules(List<DrawRule> drafts, List<FieldViolation> violations) {
        if (drafts == null || drafts.isEmpty() || drafts.size() > 20) {
            violations.add(new FieldViolation("drawRules", "must have between 1 and 20 rules"));
            return List.of();
        }
        List<DrawRule> rules = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < drafts.size(); i++) {
            DrawRule rule = drafts.get(i);
            String bank = rule == null || rule.bankCode() == null ? "" : rule.bankCode().strip().toUpperCase(Locale.ROOT);
            if (bank.isEmpty()) {
                violations.add(new FieldViolation("drawRules[" + i + "].bankCode", "is required"));
            }
            int count = rule == null ? 0 : rule.count();
            if (count < 1 || count > MAX_QUESTIONS) {
                violations.add(new FieldViolation("drawRules[" + i + "].count", "must be between 1 and " + MAX_QUESTIONS));
            }
            String tag = rule == null || rule.tag() == null || rule.tag().isBlank() ? null
                    : rule.tag().strip().toLowerCase(Locale.ROOT);
            total += Math.max(count, 0);
            rules.add(new DrawRule(bank, tag, count));
        }
        if (total > MAX_QUESTIONS) {
            violations.add(new FieldViolation("drawRules", "draw at most " + MAX_QUESTIONS + " questions in all"));
        }
        return rules;
    }

    public Duration timeLimit() {
        return Duration.ofMinutes(timeLimitMinutes);
    }

    public int questionCount() {
        return drawRules.stream().mapToInt(DrawRule::count).sum();
    }

    public boolean isReviewer(String username) {
        return reviewers.contains(username);
    }

    /** Passed at or above the mark: 80 % of 10 points is 8 points, and 8 passes. */
    public static boolean passes(BigDecimal points, int maxPoints, int passMarkPercent) {
        return points.multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf((long) passMarkPercent * maxPoints)) >= 0;
    }
}
