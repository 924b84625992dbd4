package dev.crm.training.persistence;

import dev.crm.training.domain.Assessment;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface AssessmentRepository extends MongoRepository<Assessment, String> {

    Page<Assessment> findByCourseCode(String courseCode, Pageable pageable);

    List<Assessment> findByReviewersContaining(String reviewer);
}
