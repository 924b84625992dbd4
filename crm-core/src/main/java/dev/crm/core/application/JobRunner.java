package dev.crm.core.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.crm.core.api.BackgroundJobs;
import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.JobContext;
import dev.crm.core.api.JobRowError;
import dev.crm.core.api.JobState;
import dev.crm.core.api.JobView;
import dev.crm.core.api.JobWork;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.core.domain.Job;
import dev.crm.core.domain.JobRowErrorEntry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Runs background jobs on a small pool and keeps their record in {@code jobs}. The node
 * refreshes the heartbeat of every job it holds; a job whose heartbeat went stale (the node
 * died) reads as FAILED. Jobs are written so that running them again is safe (imports are
 * idempotent), which is what a user does after such a failure.
 */
@Service
class JobRunner implements BackgroundJobs, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final MongoOperations mongo;
    private final Clock clock;
    private final JobProperties properties;
    private final ExecutorService workers;
    private final ScheduledExecutorService heartbeats;
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    JobRunner(MongoOperations mongo, Clock clock, JobProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(properties.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "crm-job-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "crm-job-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.heartbeat().toMillis();
        heartbeats.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public JobView submit(String kind, String startedBy, JobWork work) {
        Job job = mongo.insert(Job.queued(kind, startedBy, clock.instant()));
        held.add(job.getId());
        workers.execute(() -> run(job.getId(), work));
        return toView(job);
    }

    private void run(String id, JobWork work) {
        try {
            mongo.updateFirst(byId(id), new Update().set("state", JobState.RUNNING).set("startedAt", clock.instant())
                    .set("heartbeatAt", clock.instant()), Job.class);
            Map<String, Object> result = work.run(new MongoJobContext(id));
            mongo.updateFirst(byId(id), new Update().set("state", JobState.COMPLETED)
                    .set("finishedAt", clock.instant()).set("result", result == null ? Map.of() : result), Job.class);
        } catch (Exception | Error failure) {
            log.error("Job {} failed", id, failure);
            mongo.updateFirst(byId(id), new Update().set("state", JobState.FAILED).set("finishedAt", clock.instant())
                    .set("failureReason", reason(failure)), Job.class);
        } finally {
            held.remove(id);
        }
    }

    /** A business rule's refusal is written for the user and reads as it is; anything else names its kind. */
    private static String reason(Throwable failure) {
        String message = failure.getMessage();
        if (failure instanceof BusinessRuleViolationException && message != null) {
            return message;
        }
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private void beat() {
        try {
            if (!held.isEmpty()) {
                mongo.updateMulti(Query.query(where("_id").in(held)), new Update().set("heartbeatAt", clock.instant()),
                        Job.class);
            }
        } catch (RuntimeException storeUnavailable) {
            log.warn("Could not refresh job heartbeats: {}", storeUnavailable.getMessage());
        }
    }

    @Override
    public Optional<JobView> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Job.class)).map(job -> {
            if (job.isAbandoned(clock.instant(), properties.staleAfter()) && !held.contains(id)) {
                mongo.updateFirst(Query.query(where("_id").is(id).and("state").is(job.getState())),
                        new Update().set("state", JobState.FAILED).set("finishedAt", clock.instant())
                                .set("failureReason", "the node running the job stopped; run it again"), Job.class);
                return mongo.findById(id, Job.class);
            }
            return job;
        }).map(this::toView);
    }

    @Override
    public ResultPage<JobRowError> errors(String id, PageQuery page) {
        Query query = Query.query(where("jobId").is(id));
        long total = mongo.count(query, JobRowErrorEntry.class);
        query.with(Sort.by("line", "_id")).skip(page.offset()).limit(page.size());
        List<JobRowError> errors = mongo.find(query, JobRowErrorEntry.class).stream()
                .map(entry -> new JobRowError(entry.line(), entry.field(), entry.reason())).toList();
        return new ResultPage<>(errors, page.page(), page.size(), total);
    }

    private JobView toView(Job job) {
        return new JobView(job.getId(), job.getKind(), job.getState(), job.getStage(), job.getRowsTotal(), job.getRowsDone(),
                job.getRowsSucceeded(), job.getRowsSkipped(), job.getRowsFailed(), job.getFirstErrors(),
                job.rowsPerSecond(clock.instant()), job.getFailureReason(), job.getResult(), job.getStartedBy(),
                job.getCreatedAt(), job.getStartedAt(), job.getFinishedAt());
    }

    private static Query byId(String id) {
        return Query.query(where("_id").is(id));
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
        workers.shutdownNow();
    }

    private final class MongoJobContext implements JobContext {

        private final String id;
        private int firstErrorsKept;

        MongoJobContext(String id) {
            this.id = id;
        }

        @Override
        public String jobId() {
            return id;
        }

        @Override
        public void rowsTotal(long total) {
            mongo.updateFirst(byId(id), new Update().set("rowsTotal", total), Job.class);
        }

        @Override
        public void stage(String stage, Long total) {
            Update update = new Update().set("stage", stage).set("rowsDone", 0L).set("heartbeatAt", clock.instant());
            if (total == null) {
                update.unset("rowsTotal");
            } else {
                update.set("rowsTotal", total);
            }
            mongo.updateFirst(byId(id), update, Job.class);
        }

        @Override
        public void progress(long done, long succeeded, long skipped, List<JobRowError> errors) {
            if (!errors.isEmpty()) {
                // Errors first: a crash between the two writes leaves errors the counters do not
                // yet show, never counted failures without their reasons.
                mongo.insert(errors.stream().map(error -> new JobRowErrorEntry(null, id, error.line(), error.field(),
                        error.reason())).toList(), JobRowErrorEntry.class);
            }
            Update update = new Update().inc("rowsDone", done).inc("rowsSucceeded", succeeded)
                    .inc("rowsSkipped", skipped).inc("rowsFailed", errors.stream().mapToLong(JobRowError::line)
                            .distinct().count())
                    .set("heartbeatAt", clock.instant());
            int room = Job.FIRST_ERRORS - firstErrorsKept;
            if (room > 0 && !errors.isEmpty()) {
                List<JobRowError> first = errors.subList(0, Math.min(room, errors.size()));
                update.push("firstErrors").each(first.toArray());
                firstErrorsKept += first.size();
            }
            mongo.updateFirst(byId(id), update, Job.class);
        }
    }
}
