package dev.crm.app.console.web.dashboard;

import dev.crm.app.console.FormErrors;
import dev.crm.core.api.BackgroundJobs;
import dev.crm.core.api.CurrentStaff;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.JobState;
import dev.crm.core.api.JobView;
import dev.crm.core.api.RecordNotFoundException;
import dev.crm.core.api.Role;
import dev.crm.customer.api.ClvFits;
import dev.crm.customer.api.OrderImports;
import dev.crm.customer.api.ScoringRuns;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Long jobs: start an order import (CSV upload), a scoring run or a CLV fit, then watch its progress bar, which
 * htmx fetches again every second until the job is done or failed; then the outcome.
 */
@Controller
class JobsController {

    static final String PATH = "/console/dashboards/jobs";

    private final OrderImports imports;
    private final ScoringRuns scoring;
    private final ClvFits fits;
    private final BackgroundJobs jobs;
    private final CurrentStaff currentStaff;

    JobsController(OrderImports imports, ScoringRuns scoring, ClvFits fits, BackgroundJobs jobs,
                   CurrentStaff currentStaff) {
        this.imports = imports;
        this.scoring = scoring;
        this.fits = fits;
        this.jobs = jobs;
        this.currentStaff = currentStaff;
    }

    @GetMapping(PATH)
    @PreAuthorize(DashboardArea.JOB_STARTERS)
    String start(Model model) {
        return page(model);
    }

    /** The start page with whichever of its forms the model does not hold yet. */
    private static String page(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ScoringForm(null));
        }
        if (!model.containsAttribute("fitForm")) {
            model.addAttribute("fitForm", new FitForm(null, "WEEKS"));
        }
        model.addAttribute("timeUnits", List.of("WEEKS", "DAYS"));
        return "console/dashboard/jobs";
    }

    @PostMapping(PATH + "/order-imports")
    @PreAuthorize(DashboardArea.IMPORTERS)
    String importOrders(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return refusedImport(model, "dashboard.jobs.file.required", null);
        }
        try (InputStream upload = file.getInputStream()) {
            JobView job = imports.startImport(upload, currentStaff.username());
            return "redirect:" + PATH + "/" + job.id();
        } catch (InvalidInputException refused) {
            return refusedImport(model, null, refused.violations().isEmpty() ? refused.getMessage()
                    : refused.violations().get(0).message());
        }
    }

    private String refusedImport(Model model, String key, String reason) {
        model.addAttribute("fileErrorKey", key);
        model.addAttribute("fileError", reason);
        return page(model);
    }

    @PostMapping(PATH + "/scoring-runs")
    @PreAuthorize(DashboardArea.SCORERS)
    String score(@ModelAttribute("form") ScoringForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return page(model);
        }
        try {
            JobView job = scoring.start(form.asOf(), currentStaff.username());
            return "redirect:" + PATH + "/" + job.id();
        } catch (InvalidInputException refused) {
            FormErrors.reject(result, refused);
            return page(model);
        }
    }

    /** A CLV fit is a background job, as the API's: a bad day or unit is refused here, the rest is its page. */
    @PostMapping(PATH + "/clv-fits")
    @PreAuthorize(DashboardArea.SCORERS)
    String fit(@ModelAttribute("fitForm") FitForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return page(model);
        }
        try {
            JobView job = fits.start(form.asOf(), form.timeUnit(), currentStaff.username());
            return "redirect:" + PATH + "/" + job.id();
        } catch (InvalidInputException refused) {
            FormErrors.reject(result, refused);
            return page(model);
        }
    }

    @GetMapping(PATH + "/{id}")
    @PreAuthorize("isAuthenticated()")
    String job(@PathVariable String id, Model model) {
        model.addAttribute("job", visible(id));
        return "console/dashboard/job";
    }

    /** The fragment htmx polls; once the job is finished it comes without the polling trigger. */
    @GetMapping(PATH + "/{id}/progress")
    @PreAuthorize("isAuthenticated()")
    String progress(@PathVariable String id, Model model) {
        model.addAttribute("job", visible(id));
        return "console/dashboard/job :: progress";
    }

    /** As JobController: someone else's job is "not found" unless one oversees jobs. */
    private JobProgress visible(String id) {
        JobView job = jobs.find(id).orElseThrow(() -> new RecordNotFoundException("job", id));
        boolean overseer = currentStaff.hasRole(Role.ADMIN) || currentStaff.hasRole(Role.SUPERVISOR)
                || currentStaff.hasRole(Role.ANALYST);
        if (!overseer && !currentStaff.username().equals(job.startedBy())) {
            throw new RecordNotFoundException("job", id);
        }
        return JobProgress.of(job);
    }

    /**
     * A job as its page shows it: finished or not, how far along in percent when the total is known (a
     * completed job is at 100 %, whichever stage it ended in), and its result figures in name order.
     */
    record JobProgress(JobView view, boolean finished, boolean failed, Integer percent, boolean staged,
                       SortedMap<String, Object> result) {

        static JobProgress of(JobView job) {
            boolean finished = job.state() == JobState.COMPLETED || job.state() == JobState.FAILED;
            Integer percent = null;
            if (job.state() == JobState.COMPLETED || finished && (job.rowsTotal() == null || job.rowsTotal() == 0)) {
                percent = 100;
            } else if (job.rowsTotal() != null && job.rowsTotal() > 0) {
                percent = (int) Math.min(100, job.rowsDone() * 100 / job.rowsTotal());
            }
            return new JobProgress(job, finished, job.state() == JobState.FAILED, percent, job.stage() != null,
                    new TreeMap<>(job.result() == null ? Map.of() : job.result()));
        }

        /** A CLV fit's figure (a model parameter) to four decimals, as the fit page showed them. */
        public String parameter(String name) {
            Object value = result.get(name);
            return value instanceof Number number ? String.format(LocaleContextHolder.getLocale(), "%.4f",
                    number.doubleValue()) : "";
        }
    }
}
