package dev.crm.loyalty.persistence;

import dev.crm.loyalty.domain.Reward;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface RewardRepository extends MongoRepository<Reward, String> {

    Page<Reward> findAllBy(Pageable page);
}
