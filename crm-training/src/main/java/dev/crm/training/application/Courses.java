package dev.crm.training.application;

import dev.crm.core.api.AuditEvent;
import dev.crm.core.api.AuditLog;
import dev.crm.core.api.DuplicateRecordException;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.training.api.CourseCatalogue;
import dev.crm.training.api.CourseCategory;
import dev.crm.training.api.CourseView;
import dev.crm.training.domain.Course;
import dev.crm.training.persistence.CourseRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

@Service
public class Courses implements CourseCatalogue {

    private final CourseRepository courses;
    private final AuditLog auditLog;

    Courses(CourseRepository courses, AuditLog auditLog) {
        this.courses = courses;
        this.auditLog = auditLog;
    }

    public Course offer(Course course, String by) {
        if (courses.existsById(course.code())) {
            throw new DuplicateRecordException("course", "code", course.code());
        }
        Course saved;
        try {
            saved = courses.insert(course);
        } catch (DuplicateKeyException race) {
            throw new DuplicateRecordException("course", "code", course.code());
        }
        auditLog.record(AuditEvent.of(by, "training.course-offered", "Course", saved.code()));
        return saved;
    }

    public Course get(String code) {
        return courses.findById(code).orElseThrow(() -> new RecordNotFoundException("course", code));
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

    static CourseView toView(Course course) {
        return new CourseView(course.code(), course.title(), course.category(), course.deliveryForm(),
                course.durationMinutes(), course.passMarkPercent());
    }
}
