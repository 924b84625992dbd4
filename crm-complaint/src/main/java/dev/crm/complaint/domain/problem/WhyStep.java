package dev.crm.complaint.domain.problem;

/** One step of the 5 Whys chain: the question asked and its answer, which the next question asks about. */
public record WhyStep(String why, String answer) {
}
