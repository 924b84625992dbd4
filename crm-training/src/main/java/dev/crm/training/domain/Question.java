package dev.crm.training.domain;

import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.training.domain.QuestionDraft.CriterionDraft;
import dev.crm.training.domain.QuestionDraft.OptionDraft;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One question of a bank, with its answer key: the correct options of a closed question, the rubric
 * (criteria with their maximum points and guidance) and model answer of an open one. The points
 * of an open question are the sum of its criteria's maxima. Attempts keep a copy of the questions
 * they drew, so editing a bank never changes an attempt already taken.
 */
public record Question(String id, QuestionKind kind, String text, int points, List<QuestionOption> options,
                       List<RubricCriterion> rubric, String modelAnswer, Set<String> tags, boolean retired) {

    public static final int MAX_TEXT = 4_000;
    public static final int MAX_POINTS = 100;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_CRITERIA = 10;
    public static final String TRUE = "TRUE";
    public static final String FALSE = "FALSE";
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        rubric = rubric == null ? List.of() : List.copyOf(rubric);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /**
     * Checks a draft and gives it its id. Every broken rule is reported at once, named by the field
     * of the request it came from.
     *
     * @throws InvalidInputException naming {@code kind}, {@code text}, {@code points}, {@code options},
     *                               {@code options[i].text}, {@code statementIsTrue}, {@code rubric},
     *                               {@code rubric[i].description|maxPoints}, {@code modelAnswer} or {@code tags}
     */
    public static Question compose(String id, QuestionDraft draft) {
        List<FieldViolation> violations = new ArrayList<>();
        QuestionKind kind = draft.kind();
        if (kind == null) {
            throw new InvalidInputException("kind", "is required");
        }
        String text = draft.text() == null ? null : draft.text().strip();
        if (text == null || text.isEmpty()) {
            violations.add(new FieldViolation("text", "must not be blank"));
        } else if (text.length() > MAX_TEXT) {
            violations.add(new FieldViolation("text", "must be at most " + MAX_TEXT + " characters"));
        }
        Set<String> tags = tags(draft.tags(), violations);
        List<QuestionOption> options = List.of();
        List<RubricCriterion> rubric = List.of();
        int points;
        if (kind.isClosed()) {
            if (draft.rubric() != null && !draft.rubric().isEmpty()) {
                violations.add(new FieldViolation("rubric", "only free-text and role-play questions have a rubric"));
            }
            if (draft.modelAnswer() != null) {
                violations.add(new FieldViolation("modelAnswer", "only free-text and role-play questions have one"));
            }
            points = draft.points() == null ? 0 : draft.points();
            if (draft.points() == null || points < 1 || points > MAX_POINTS) {
                violations.add(new FieldViolation("points", "must be between 1 and " + MAX_POINTS));
            }
            options = kind == QuestionKind.TRUE_FALSE ? trueFalse(draft, violations) : choices(draft, violations);
        } else {
            if (draft.options() != null && !draft.options().isEmpty()) {
                violations.add(new FieldViolation("options", "only choice questions have options"));
            }
            if (draft.statementIsTrue() != null) {
                violations.add(new FieldViolation("statementIsTrue", "only true/false questions have it"));
            }
            if (draft.modelAnswer() != null && draft.modelAnswer().length() > MAX_TEXT) {
                violations.add(new FieldViolation("modelAnswer", "must be at most " + MAX_TEXT + " characters"));
            }
            rubric = rubric(draft.rubric(), violations);
            points = rubric.stream().mapToInt(RubricCriterion::maxPoints).sum();
            if (draft.points() != null && draft.points() != points) {
                violations.add(new FieldViolation("points",
                        "of an open question are the sum of its criteria's maxPoints (" + points + ")"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String modelAnswer = kind.isClosed() || draft.modelAnswer() == null || draft.modelAnswer().isBlank()
                ? null : draft.modelAnswer().strip();
        return new Question(id, kind, text, points, options, rubric, modelAnswer, tags, false);
    }

    public Question retire() {
        return new Question(id, kind, text, points, options, rubric, modelAnswer, tags, true);
    }

    public boolean hasTag(String tag) {
        return tag == null || tags.contains(tag);
    }

    public Set<String> correctOptionIds() {
        Set<String> correct = new TreeSet<>();
        options.stream().filter(QuestionOption::correct).forEach(o -> correct.add(o.id()));
        return correct;
    }

    public boolean hasOption(String optionId) {
        return options.stream().anyMatch(o -> o.id().equals(optionId));
    }

    public boolean hasCriterion(String criterionId) {
        return rubric.stream().anyMatch(c -> c.id().equals(criterionId));
    }

    private static List<QuestionOption> trueFalse(QuestionDraft draft, List<FieldViolation> violations) {
        if (draft.options() != null && !draft.options().isEmpty()) {
            violations.add(new FieldViolation("options", "a true/false question has the fixed options TRUE and FALSE"));
        }
        if (draft.statementIsTrue() == null) {
            violations.add(new FieldViolation("statementIsTrue", "is required for a true/false question"));
            return List.of();
        }
        boolean isTrue = draft.statementIsTrue();
        return List.of(new QuestionOption(TRUE, "True", isTrue), new QuestionOption(FALSE, "False", !isTrue));
    }

    private static List<QuestionOption> choices(QuestionDraft draft, List<FieldViolation> violations) {
        if (draft.statementIsTrue() != null) {
            violations.add(new FieldViolation("statementIsTrue", "only true/false questions have it"));
        }
        List<OptionDraft> drafts = draft.options() == null ? List.of() : draft.options();
        if (drafts.size() < 2 || drafts.size() > MAX_OPTIONS) {
            violations.add(new FieldViolation("options", "must be between 2 and " + MAX_OPTIONS + " options"));
            return List.of();
        }
        List<QuestionOption> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            OptionDraft option = drafts.get(i);
            String text = option == null || option.text() == null ? "" : option.text().strip();
            if (text.isEmpty() || text.length() > 1_000) {
                violations.add(new FieldViolation("options[" + i + "].text", "must be 1 to 1000 characters"));
            } else if (!seen.add(text.toLowerCase(Locale.ROOT))) {
                violations.add(new FieldViolation("options[" + i + "].text", "repeats another option"));
            }
            // Option ids are letters in authored order; attempts shuffle the order they show, not the ids.
            options.add(new QuestionOption(String.valueOf((char) ('A' + i)), text, option != null && option.correct()));
        }
        long correct = options.stream().filter(QuestionOption::correct).count();
        if (draft.kind() == QuestionKind.SINGLE_CHOICE && correct != 1) {
            violations.add(new FieldViolation("options", "a single-choice question has exactly one correct option"));
        }
        if (draft.kind() == QuestionKind.MULTIPLE_CHOICE && correct < 1) {
            violations.add(new FieldViolation("options", "a multiple-choice question has at least one correct option"));
        }
        return options;
    }

    private static List<RubricCriterion> rubric(List<CriterionDraft> drafts, List<FieldViolation> violations) {
        if (drafts == null || drafts.isEmpty() || drafts.size() > MAX_CRITERIA) {
            violations.add(new FieldViolation("rubric", "must have between 1 and " + MAX_CRITERIA + " criteria"));
            return List.of();
        }
        List<RubricCriterion> rubric = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            CriterionDraft criterion = drafts.get(i);
            String description = criterion == null || criterion.description() == null ? ""
                    : criterion.description().strip();
            if (description.isEmpty() || description.length() > 1_000) {
                violations.add(new FieldViolation("rubric[" + i + "].description", "must be 1 to 1000 characters"));
            }
            Integer max = criterion == null ? null : criterion.maxPoints();
            if (max == null || max < 1 || max > MAX_POINTS) {
                violations.add(new FieldViolation("rubric[" + i + "].maxPoints", "must be between 1 and " + MAX_POINTS));
            }
            String guidance = criterion == null || criterion.guidance() == null || criterion.guidance().isBlank()
                    ? null : criterion.guidance().strip();
            if (guidance != null && guidance.length() > MAX_TEXT) {
                violations.add(new FieldViolation("rubric[" + i + "].guidance",
                        "must be at most " + MAX_TEXT + " characters"));
            }
            rubric.add(new RubricCriterion("C" + (i + 1), description, max == null ? 0 : max, guidance));
        }
        return rubric;
    }

    private static Set<String> tags(Set<String> drafts, List<FieldViolation> violations) {
        if (drafts == null) {
            return Set.of();
        }
        Set<String> tags = new TreeSet<>();
        for (String tag : drafts) {
            String normal = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (!TAG.matcher(normal).matches()) {
                violations.add(new FieldViolation("tags", "'" + tag + "' is not 1-40 letters, digits or '-'"));
            } else {
                tags.add(normal);
            }
        }
        if (tags.size() > 10) {
            violations.add(new FieldViolation("tags", "at most 10 tags"));
        }
        return tags;
    }
}
