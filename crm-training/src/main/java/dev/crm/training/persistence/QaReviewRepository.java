package dev.crm.training.persistence;

import dev.crm.training.domain.QaReview;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface QaReviewRepository extends MongoRepository<QaReview, String> {

    Page<QaReview> findByReviewee(String reviewee, Pageable pageable);

    /** Interactions in {@code [from, to)} of any of the people. */
    @Query("{ 'reviewee': { $in: ?0 }, 'interactionAt': { $gte: ?1, $lt: ?2 } }")
    List<QaReview> ofPeopleIn(Collection<String> reviewees, Instant from, Instant to);
}
