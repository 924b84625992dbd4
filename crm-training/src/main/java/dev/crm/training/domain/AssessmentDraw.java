package dev.crm.training.domain;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Draws an attempt's questions: random, but reproducible from the attempt's seed. The same seed and
 * the same bank contents give the same questions in the same order with the same option order, so
 * a disputed attempt can be re-derived.
 *
 * <p>{@link Random} is used on purpose: its algorithm is fixed by its specification, so a seed
 * means the same draw on every JVM. It is not for secrets; the seed itself comes from a
 * {@code SecureRandom}, so candidates cannot predict their questions.
 */
public final class AssessmentDraw {

    private AssessmentDraw() {
    }

    /**
     * Applies the rules in order, each picking its count from its pool (the bank's drawable questions
     * in bank order) without repeating a question an earlier rule already picked; then shuffles the
     * questions and each choice question's options. True/false options keep their order.
     *
     * @param pools the drawable questions of a rule
     * @throws BusinessRuleViolationException naming {@code drawRules[i].count} when a pool is too small
     */
    public static List<AttemptItem> draw(long seed, List<DrawRule> rules, Function<DrawRule, List<Question>> pools) {
        Random random = new Random(seed);
        List<Question> picked = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            DrawRule rule = rules.get(i);
            List<Question> pool = new ArrayList<>(pools.apply(rule).stream().filter(q -> !taken.contains(q.id()))
                    .toList());
            if (pool.size() < rule.count()) {
                throw new BusinessRuleViolationException("bank " + rule.bankCode()
                        + (rule.tag() == null ? "" : " (tag " + rule.tag() + ")") + " has " + pool.size()
                        + " questions left to draw, the rule asks for " + rule.count(),
                        List.of(new FieldViolation("drawRules[" + i + "].count",
                                "at most " + pool.size() + " questions available")));
            }
            // Partial Fisher-Yates: the first count places end up a uniform random selection.
            for (int k = 0; k < rule.count(); k++) {
                int j = k + random.nextInt(pool.size() - k);
                Question chosen = pool.get(j);
                pool.set(j, pool.get(k));
                pool.set(k, chosen);
                picked.add(chosen);
                taken.add(chosen.id());
            }
        }
        shuffle(picked, random);
        List<AttemptItem> items = new ArrayList<>();
        for (Question question : picked) {
            List<String> order = new ArrayList<>(question.options().stream().map(QuestionOption::id).toList());
            if (question.kind() == QuestionKind.SINGLE_CHOICE || question.kind() == QuestionKind.MULTIPLE_CHOICE) {
                shuffle(order, random);
            }
            items.add(AttemptItem.drawn(question, order));
        }
        return items;
    }

    private static <T> void shuffle(List<T> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
