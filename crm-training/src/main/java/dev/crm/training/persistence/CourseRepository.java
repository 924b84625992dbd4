package dev.crm.training.persistence;

import dev.crm.training.api.CourseCategory;
import dev.crm.training.domain.Course;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface CourseRepository extends MongoRepository<Course, String> {

    @Query("{ 'content.category': ?0 }")
    Page<Course> findByCategory(CourseCategory category, Pageable pageable);

    @Query(value = "{ 'content.category': ?0 }", sort = "{ '_id': 1 }")
    List<Course> findByCategoryOrderByCodeAsc(CourseCategory category);
}
