package dev.crm.customer.persistence;

import dev.crm.customer.domain.Order;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface OrderRepository extends MongoRepository<Order, String> {

    Page<Order> findByCustomerId(String customerId, Pageable page);

    List<Order> findByCustomerIdOrderByOrderedAtAsc(String customerId);
}
