package dev.crm.training.application;

import dev.crm.training.api.ReportingLines;
import org.springframework.stereotype.Component;

/** The supervisor chain of the assessment privacy rule, answered from the staff profiles' reporting lines. */
@Component
class ProfileSupervisorChain implements SupervisorChain {

    private final ReportingLines reportingLines;

    ProfileSupervisorChain(ReportingLines reportingLines) {
        this.reportingLines = reportingLines;
    }

    @Override
    public boolean supervises(String supervisor, String staff) {
        return supervisor != null && !supervisor.equals(staff)
                && reportingLines.supervisorChainOf(staff).contains(supervisor);
    }
}
