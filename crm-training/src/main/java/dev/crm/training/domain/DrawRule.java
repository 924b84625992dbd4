package dev.crm.training.domain;

/** Draw {@code count} questions from a bank, only those tagged {@code tag} when it is set. */
public record DrawRule(String bankCode, String tag, int count) {
}
