package dev.crm.training.persistence;

import dev.crm.training.api.CourseCategory;
import dev.crm.training.domain.Course;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CourseRepository extends MongoRepository<Course, String> {

    Page<Course> findByCategory(CourseCategory category, Pageable pageable);

    List<Course> findByCategoryOrderByCodeAsc(CourseCategory category);
}
