package dev.crm.complaint.persistence;

import com.mongodb.MongoCommandException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The index the survey KPI pipeline's {@code $match} needs ({@code surveys.answeredAt}), created at
 * start: the KPIs read the collection by field names, whoever declares the survey document. Should
 * that declaration create an index on the same key under another name, MongoDB refuses a second
 * one (codes 85/86) and the existing index serves the pipeline just as well.
 */
@Component
class SurveyKpiIndexes implements SmartInitializingSingleton {

    static final String ANSWERED_AT = "kpi_answered_at";
    private static final Logger log = LoggerFactory.getLogger(SurveyKpiIndexes.class);

    private final MongoOperations mongo;

    SurveyKpiIndexes(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            mongo.indexOps(KpiAggregations.SURVEYS)
                    .createIndex(new Index().on("answeredAt", Sort.Direction.ASC).named(ANSWERED_AT));
        } catch (RuntimeException e) {
            if (!(rootCause(e) instanceof MongoCommandException command)
                    || (command.getErrorCode() != 85 && command.getErrorCode() != 86)) {
                throw e;
            }
            log.info("surveys.answeredAt is already indexed under another name: {}", command.getErrorMessage());
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
