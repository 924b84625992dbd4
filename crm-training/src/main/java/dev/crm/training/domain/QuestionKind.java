package dev.crm.training.domain;

/**
 * What a question asks for. The closed kinds are graded automatically at submit; the open kinds by
 * a reviewer against the question's rubric (DOMAIN.md §4: role-play and simulation by rubric).
 */
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, FREE_TEXT,
    /** A role-play or simulation exercise: the candidate writes (or the reviewer notes) the performance. */
    ROLE_PLAY;

    public boolean isClosed() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == TRUE_FALSE;
    }
}
