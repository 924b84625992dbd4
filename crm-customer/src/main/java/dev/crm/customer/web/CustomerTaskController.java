package dev.crm.customer.web;

import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.ResultPage;
import dev.crm.customer.application.CustomerTasks;
import dev.crm.customer.domain.CustomerTask;
import dev.crm.customer.domain.CustomerTaskKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Retention calls and other follow-ups the lifecycle rules opened, worked by agents and supervisors. */
@RestController
@RequestMapping("/api/v1/customer-tasks")
class CustomerTaskController {

    private final CustomerTasks tasks;
    private final CurrentStaff currentStaff;

    CustomerTaskController(CustomerTasks tasks, CurrentStaff currentStaff) {
        this.tasks = tasks;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT')")
    ResultPage<TaskResponse> list(@RequestParam(required = false) CustomerTask.Status status,
                                  @RequestParam(required = false) String customerId,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return tasks.list(status, customerId, PageQuery.of(page, size)).map(TaskResponse::of);
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'AGENT')")
    TaskResponse complete(@PathVariable String id, @Valid @RequestBody CompleteRequest request) {
        return TaskResponse.of(tasks.complete(id, request.outcome().strip(), currentStaff.username()));
    }

    record CompleteRequest(@NotBlank @Size(max = 2000) String outcome) {
    }

    record TaskResponse(String id, String customerId, CustomerTaskKind kind, String reason, CustomerTask.Status status,
                        Instant createdAt, Instant dueAt, Instant completedAt, String completedBy, String outcome) {

        static TaskResponse of(CustomerTask task) {
            return new TaskResponse(task.getId(), task.getCustomerId(), task.getKind(), task.getReason(),
                    task.getStatus(), task.getCreatedAt(), task.getDueAt(), task.getCompletedAt(),
                    task.getCompletedBy(), task.getOutcome());
        }
    }
}
