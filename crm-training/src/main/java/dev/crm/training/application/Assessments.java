package dev.crm.training.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.StaffDirectory;
import dev.crm.training.api.CourseCatalogue;
import dev.crm.training.domain.Assessment;
import dev.crm.training.domain.AssessmentDraft;
import dev.crm.training.domain.AssessmentDraw;
import dev.crm.training.domain.DrawRule;
import dev.crm.training.domain.Question;
import dev.crm.training.domain.QuestionBank;
import dev.crm.training.persistence.AssessmentRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** HR's assessments: defined against a course, question banks and reviewers that exist. */
@Service
public class Assessments {

    private final AssessmentRepository assessments;
    private final QuestionBanks banks;
    private final CourseCatalogue courses;
    private final StaffDirectory staff;
    private final AuditLog auditLog;
    private final Clock clock;

    Assessments(AssessmentRepository assessments, QuestionBanks banks, CourseCatalogue courses, StaffDirectory staff,
                AuditLog auditLog, Clock clock) {
        this.assessments = assessments;
        this.banks = banks;
        this.courses = courses;
        this.staff = staff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException          naming an unknown {@code courseCode},
     *                                        {@code drawRules[i].bankCode} or {@code reviewers[i]}
     * @throws BusinessRuleViolationException when a bank has too few questions for the rules, or open
     *                                        questions can be drawn and nobody is named to grade them
     */
    public Assessment define(AssessmentDraft draft, String by) {
        Assessment assessment = Assessment.define(draft, by, clock.instant());
        List<FieldViolation> unknown = new ArrayList<>();
        if (courses.find(assessment.getCourseCode()).isEmpty()) {
            unknown.add(new FieldViolation("courseCode", "no course " + assessment.getCourseCode()));
        }
        Map<String, QuestionBank> drawnFrom = new HashMap<>();
        for (int i = 0; i < assessment.getDrawRules().size(); i++) {
            String code = assessment.getDrawRules().get(i).bankCode();
            Optional<QuestionBank> bank = banks.find(code);
            if (bank.isPresent()) {
                drawnFrom.put(code, bank.get());
            } else {
                unknown.add(new FieldViolation("drawRules[" + i + "].bankCode", "no question bank " + code));
            }
        }
        List<String> reviewers = draft.reviewers() == null ? List.of() : draft.reviewers();
        for (int i = 0; i < reviewers.size(); i++) {
            if (reviewers.get(i) != null && staff.findByUsername(reviewers.get(i).strip()).isEmpty()) {
                unknown.add(new FieldViolation("reviewers[" + i + "]", "no staff account " + reviewers.get(i)));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        // A trial draw proves the banks hold enough questions for the rules taken together.
        AssessmentDraw.draw(0L, assessment.getDrawRules(), rule -> drawnFrom.get(rule.bankCode()).drawable(rule.tag()));
        boolean openQuestionsDrawable = assessment.getDrawRules().stream()
                .flatMap(rule -> drawnFrom.get(rule.bankCode()).drawable(rule.tag()).stream())
                .anyMatch(question -> !question.kind().isClosed());
        if (openQuestionsDrawable && assessment.getReviewers().isEmpty()) {
            throw new BusinessRuleViolationException("free-text and role-play questions can be drawn: name reviewers",
                    List.of(new FieldViolation("reviewers", "at least one reviewer grades the open answers")));
        }
        if (assessments.existsById(assessment.getCode())) {
            throw new DuplicateRecordException("assessment", "code", assessment.getCode());
        }
        try {
            assessment = assessments.insert(assessment);
        } catch (DuplicateKeyException race) {
            throw new DuplicateRecordException("assessment", "code", assessment.getCode());
        }
        auditLog.record(new AuditEvent(by, "training.assessment-defined", "Assessment", assessment.getCode(),
                Map.of("course", assessment.getCourseCode())));
        return assessment;
    }

    public Assessment get(String code) {
        return find(code).orElseThrow(() -> new RecordNotFoundException("assessment", code));
    }

    Optional<Assessment> find(String code) {
        return code == null ? Optional.empty() : assessments.findById(code.strip().toUpperCase(Locale.ROOT));
    }

    public ResultPage<Assessment> list(String courseCode, PageQuery query) {
        PageRequest request = PageRequest.of(query.page(), query.size(), Sort.by("_id"));
        Page<Assessment> page = courseCode == null || courseCode.isBlank() ? assessments.findAll(request)
                : assessments.findByCourseCode(courseCode.strip().toUpperCase(Locale.ROOT), request);
        return new ResultPage<>(page.getContent(), query.page(), query.size(), page.getTotalElements());
    }

    /** The questions a rule may draw now, in bank order. */
    List<Question> pool(DrawRule rule) {
        return banks.find(rule.bankCode()).map(bank -> bank.drawable(rule.tag())).orElse(List.of());
    }

    /** The codes of the assessments {@code reviewer} grades. */
    List<String> reviewedBy(String reviewer) {
        return assessments.findByReviewersContaining(reviewer).stream().map(Assessment::getCode).toList();
    }
}
