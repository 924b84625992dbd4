package dev.crm.training.persistence;

import dev.crm.training.api.AttemptStatus;
import dev.crm.training.domain.AssessmentAttempt;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface AssessmentAttemptRepository extends MongoRepository<AssessmentAttempt, String> {

    List<AssessmentAttempt> findByAssessmentCodeAndCandidateOrderByNumberAsc(String assessmentCode, String candidate);

    /** A person's attempts started in {@code [from, to)}. */
    @Query("{ 'candidate': ?0, 'startedAt': { $gte: ?1, $lt: ?2 } }")
    List<AssessmentAttempt> startedByIn(String candidate, Instant from, Instant to, Sort sort);

    @Query("{ 'candidate': ?0, 'startedAt': { $gte: ?1, $lt: ?2 } }")
    Page<AssessmentAttempt> startedByIn(String candidate, Instant from, Instant to, Pageable pageable);

    List<AssessmentAttempt> findTop200ByStatusAndDeadlineLessThanEqualOrderByDeadlineAsc(AttemptStatus status,
                                                                                         Instant now);

    Page<AssessmentAttempt> findByStatus(AttemptStatus status, Pageable pageable);

    Page<AssessmentAttempt> findByStatusAndAssessmentCodeIn(AttemptStatus status, Collection<String> assessmentCodes,
                                                            Pageable pageable);
}
