package dev.crm.training.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.StaffDirectory;
import dev.crm.training.api.CourseCatalogue;
import dev.crm.training.api.CourseCategory;
import dev.crm.training.api.CourseView;
import dev.crm.training.domain.Course;
import dev.crm.training.domain.CourseContent;
import dev.crm.training.domain.CourseRevision;
import dev.crm.training.domain.PrerequisiteGraph;
import dev.crm.training.persistence.CourseRepository;
import java.time.Clock;
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

/**
 * The course catalogue. Offering and revising check the owner (a staff account) and the
 * prerequisites (existing courses, no loops, checked against the current versions of the whole
 * catalogue: tens to hundreds of courses, read whole).
 */
@Service
public class Courses implements CourseCatalogue {

    private final CourseRepository courses;
    private final StaffDirectory staffDirectory;
    private final AuditLog auditLog;
    private final Clock clock;

    Courses(CourseRepository courses, StaffDirectory staffDirectory, AuditLog auditLog, Clock clock) {
        this.courses = courses;
        this.staffDirectory = staffDirectory;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Course offer(Course course, String by) {
        if (courses.existsById(course.code())) {
            throw new DuplicateRecordException("course", "code", course.code());
        }
        check(course.code(), course.content());
        Course saved;
        try {
            saved = courses.insert(course);
        } catch (DuplicateKeyException race) {
            throw new DuplicateRecordException("course", "code", course.code());
        }
        auditLog.record(AuditEvent.of(by, "training.course-offered", "Course", saved.code()));
        return saved;
    }

    /** A change makes a new version; enrolments keep the version they took. */
    public Course revise(String code, CourseContent content, String by) {
        Course course = get(code);
        Course revised = course.revise(content, by, clock.instant());
        if (revised == course) {
            return course;
        }
        check(course.code(), content);
        Course saved = courses.save(revised);
        auditLog.record(new AuditEvent(by, "training.course-revised", "Course", saved.code(),
                Map.of("revision", String.valueOf(saved.revision()))));
        return saved;
    }

    public Course get(String code) {
        String normalised = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        return courses.findById(normalised).orElseThrow(() -> new RecordNotFoundException("course", code));
    }

    public CourseRevision revision(String code, int revision) {
        return get(code).revisionOf(revision)
                .orElseThrow(() -> new RecordNotFoundException("course version", code + "@" + revision));
    }

    public ResultPage<Course> list(CourseCategory category, PageQuery query) {
        PageRequest request = PageRequest.of(query.page(), query.size(), Sort.by("_id"));
        Page<Course> page = category == null ? courses.findAll(request) : courses.findByCategory(category, request);
        return new ResultPage<>(page.getContent(), query.page(), query.size(), page.getTotalElements());
    }

    @Override
    public Optional<CourseView> find(String code) {
        return courses.findById(code).map(Courses::toView);
    }

    @Override
    public List<CourseView> inCategory(CourseCategory category) {
        return courses.findByCategoryOrderByCodeAsc(category).stream().map(Courses::toView).toList();
    }

    private void check(String code, CourseContent content) {
        if (staffDirectory.findByUsername(content.owner()).isEmpty()) {
            throw new BusinessRuleViolationException("A course is owned by a staff member",
                    List.of(new FieldViolation("owner", "no staff account '" + content.owner() + "'")));
        }
        if (!content.prerequisites().isEmpty()) {
            Map<String, List<String>> graph = new HashMap<>();
            courses.findAll().forEach(c -> graph.put(c.code(), c.content().prerequisites()));
            new PrerequisiteGraph(graph).check(code, content.prerequisites());
        }
    }

    static CourseView toView(Course course) {
        return new CourseView(course.code(), course.title(), course.category(), course.deliveryForm(),
                course.durationMinutes(), course.passMarkPercent());
    }
}
