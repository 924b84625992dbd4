package dev.crm.core.web;

import dev.crm.core.api.BackgroundJobs;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.JobRowError;
import dev.crm.core.api.JobView;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.ResultPage;
import dev.crm.core.api.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Job progress for whoever started the job, and for administrators, supervisors and analysts. */
@RestController
@RequestMapping("/api/v1/jobs")
class JobController {

    private final BackgroundJobs jobs;
    private final CurrentStaff currentStaff;

    JobController(BackgroundJobs jobs, CurrentStaff currentStaff) {
        this.jobs = jobs;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    JobView get(@PathVariable String id) {
        return visible(id);
    }

    @GetMapping("/{id}/errors")
    @PreAuthorize("isAuthenticated()")
    ResultPage<JobRowError> errors(@PathVariable String id, @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        PageQuery query = PageQuery.of(page, size);
        visible(id);
        return jobs.errors(id, query);
    }

    /** Someone else's job is "not found" rather than "forbidden": its existence is not theirs to know. */
    private JobView visible(String id) {
        JobView job = jobs.find(id).orElseThrow(() -> new RecordNotFoundException("job", id));
        boolean overseer = currentStaff.hasRole(Role.ADMIN) || currentStaff.hasRole(Role.SUPERVISOR)
                || currentStaff.hasRole(Role.ANALYST);
        if (!overseer && !currentStaff.username().equals(job.startedBy())) {
            throw new RecordNotFoundException("job", id);
        }
        return job;
    }
}
