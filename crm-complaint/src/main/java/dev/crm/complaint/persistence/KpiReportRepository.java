package dev.crm.complaint.persistence;

import dev.crm.complaint.domain.KpiReport;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface KpiReportRepository extends MongoRepository<KpiReport, String> {
}
