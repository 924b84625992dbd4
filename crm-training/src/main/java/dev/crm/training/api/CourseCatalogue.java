package dev.crm.training.api;

import java.util.List;
import java.util.Optional;

/** The courses on offer. */
public interface CourseCatalogue {

    Optional<CourseView> find(String code);

    List<CourseView> inCategory(CourseCategory category);
}
