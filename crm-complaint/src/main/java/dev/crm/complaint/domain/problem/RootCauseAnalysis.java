package dev.crm.complaint.domain.problem;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Root-cause analysis (DOMAIN.md §1.8): the 5 Whys chain in the order asked, the fishbone's
 * candidate causes by category, and the root cause they lead to.
 * <p>
 * <b>Decision:</b> a chain holds 1 to {@value #MAX_WHYS} steps. Five is the technique's rule of
 * thumb, not a law: a chain may reach the root sooner, and a deep process fault can need a few
 * more; past ten the chain has usually wandered off the problem.
 */
public record RootCauseAnalysis(List<WhyStep> whys, List<FishboneCause> fishbone, String rootCause,
                                FishboneCategory rootCauseCategory) {

    public static final int MAX_WHYS = 10;
    static final int MAX_CAUSES = 60;
    static final int MAX_TEXT = 2_000;
    public static final RootCauseAnalysis NONE = new RootCauseAnalysis(List.of(), List.of(), null, null);

    public RootCauseAnalysis {
        whys = whys == null ? List.of() : List.copyOf(whys);
        fishbone = fishbone == null ? List.of() : List.copyOf(fishbone);
    }

    /** @throws InvalidInputException naming each bad entry, e.g. {@code whys[2].answer} */
    public static RootCauseAnalysis of(List<WhyStep> whys, List<FishboneCause> fishbone, String rootCause,
                                       FishboneCategory rootCauseCategory) {
        List<FieldViolation> violations = new ArrayList<>();
        List<WhyStep> chain = new ArrayList<>();
        if (whys != null) {
            InputCheck.atMost(whys, "whys", MAX_WHYS, violations);
            for (int i = 0; i < whys.size(); i++) {
                WhyStep step = whys.get(i);
                String why = step == null ? null : step.why();
                String answer = step == null ? null : step.answer();
                InputCheck.required(why, "whys[" + i + "].why", MAX_TEXT, violations);
                InputCheck.required(answer, "whys[" + i + "].answer", MAX_TEXT, violations);
                chain.add(new WhyStep(InputCheck.strip(why), InputCheck.strip(answer)));
            }
        }
        List<FishboneCause> causes = new ArrayList<>();
        if (fishbone != null) {
            InputCheck.atMost(fishbone, "fishbone", MAX_CAUSES, violations);
            for (int i = 0; i < fishbone.size(); i++) {
                FishboneCause cause = fishbone.get(i);
                if (cause == null || cause.category() == null) {
                    violations.add(new FieldViolation("fishbone[" + i + "].category", "is required"));
                }
                String text = cause == null ? null : cause.cause();
                InputCheck.required(text, "fishbone[" + i + "].cause", MAX_TEXT, violations);
                causes.add(new FishboneCause(cause == null ? null : cause.category(), InputCheck.strip(text)));
            }
        }
        InputCheck.optional(rootCause, "rootCause", MAX_TEXT, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new RootCauseAnalysis(chain, causes, InputCheck.strip(rootCause), rootCauseCategory);
    }

    /** What the plan may not start without: a root cause, backed by a Whys chain or a fishbone cause. */
    List<FieldViolation> missingToStart() {
        List<FieldViolation> missing = new ArrayList<>();
        if (InputCheck.isBlank(rootCause)) {
            missing.add(new FieldViolation("rootCause", "is required before the plan starts"));
        }
        if (whys.isEmpty() && fishbone.isEmpty()) {
            missing.add(new FieldViolation("whys", "a 5 Whys chain or a fishbone cause must back the root cause"));
        }
        return missing;
    }
}
