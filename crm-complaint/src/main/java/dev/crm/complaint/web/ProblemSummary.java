package dev.crm.complaint.web;

import dev.crm.complaint.domain.problem.PdcaStage;
import dev.crm.complaint.domain.problem.ProblemOrigin;
import java.time.Instant;

/** One line of the problem record list. */
record ProblemSummary(String number, String title, ProblemOrigin origin, PdcaStage stage, int cycle,
                      int linkedComplaints, Instant openedAt, Instant closedAt) {
}
