package dev.crm.complaint.domain;

import static dev.crm.complaint.domain.Complaints.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.IllegalStateTransitionException;
import dev.crm.core.api.InvalidInputException;
import dev.crm.core.api.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoodwillTest {

    private static final Goodwill.Amount FIFTY_YUAN = new Goodwill.Amount(new BigDecimal("50.00"), "cny");

    @Test
    void eachKindNeedsItsOwnFigureAndNoOther() {
        assertThat(fields(Goodwill.Kind.COMPENSATION, null, null, null, null)).containsExactly("amount");
        assertThat(fields(Goodwill.Kind.COMPENSATION, new Goodwill.Amount(BigDecimal.ZERO, "XYZ"), null, null, null))
                .containsExactly("amount.currency", "amount.value");
        assertThat(fields(Goodwill.Kind.COMPENSATION, new Goodwill.Amount(new BigDecimal("1.005"), "CNY"), null, null,
                null)).containsExactly("amount.value");
        assertThat(fields(Goodwill.Kind.DISCOUNT, null, new BigDecimal("120"), null, null)).containsExactly("percent");
        assertThat(fields(Goodwill.Kind.DISCOUNT, FIFTY_YUAN, new BigDecimal("10"), 5L, null))
                .containsExactly("amount", "points");
        assertThat(fields(Goodwill.Kind.GIFT, null, null, null, " ")).containsExactly("description");
        assertThat(fields(Goodwill.Kind.LOYALTY_POINTS, null, null, 0L, null)).containsExactly("points");
        assertThat(fields(null, null, null, null, null)).containsExactly("kind");
    }

    @Test
    void aRemedyWithoutIdempotencyKeyIsRefusedNamingTheHeader() {
        assertThatThrownBy(() -> Goodwill.offer(" ", Goodwill.Kind.GIFT, null, null, null, "Flowers", "li.wei", NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::field)
                        .containsExactly("Idempotency-Key"));
    }

    @Test
    void compensationIsMoneyAndLoyaltyPointsWaitForTheLoyaltyModule() {
        Goodwill compensation = Goodwill.offer("k-1", Goodwill.Kind.COMPENSATION, FIFTY_YUAN, null, null, null,
                "li.wei", NOW);
        Goodwill points = Goodwill.offer("k-2", Goodwill.Kind.LOYALTY_POINTS, null, null, 500L, "sorry", "li.wei",
                NOW);

        assertThat(compensation.compensation()).contains(Money.of("50", "CNY"));
        assertThat(compensation.status()).isEqualTo(Goodwill.Status.RECORDED);
        assertThat(points.status()).isEqualTo(Goodwill.Status.PENDING_LOYALTY);
        assertThat(points.compensation()).isEmpty();
    }

    @Test
    void theSameKeyAgainIsTheSameRemedyOnceAndForAnotherRemedyItIsRefused() {
        Complaint complaint = SurveyTest.resolved();
        Goodwill first = Goodwill.offer("k-1", Goodwill.Kind.COMPENSATION, FIFTY_YUAN, null, null, "late", "li.wei",
                NOW);
        Goodwill repeat = Goodwill.offer("k-1", Goodwill.Kind.COMPENSATION,
                new Goodwill.Amount(new BigDecimal("50"), "CNY"), null, null, "late", "li.wei", NOW.plusSeconds(5));
        Goodwill other = Goodwill.offer("k-1", Goodwill.Kind.COMPENSATION,
                new Goodwill.Amount(new BigDecimal("80"), "CNY"), null, null, "late", "li.wei", NOW);

        Goodwill recorded = complaint.grantGoodwill(first);
        Goodwill replayed = complaint.grantGoodwill(repeat);

        assertThat(replayed).isSameAs(recorded);
        assertThat(complaint.getGoodwill()).hasSize(1);
        assertThatThrownBy(() -> complaint.grantGoodwill(other)).isInstanceOf(BusinessRuleViolationException.class);
        assertThat(complaint.getGoodwill()).hasSize(1);
        assertThat(complaint.getTransitions().get(complaint.getTransitions().size() - 1).note())
                .isEqualTo("goodwill: compensation 50.00 CNY: late");
    }

    @Test
    void goodwillFollowsHandlingAndAnArchivedComplaintTakesNone() {
        Complaint registered = Complaints.aComplaint().registered();
        Complaint archived = ComplaintFollowUpTest.closedByStaff();
        archived.archive("zhang.min", NOW);
        Goodwill gift = Goodwill.offer("k-1", Goodwill.Kind.GIFT, null, null, null, "Tea set", "li.wei", NOW);

        assertThatThrownBy(() -> registered.grantGoodwill(gift)).isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> archived.grantGoodwill(gift)).isInstanceOf(IllegalStateTransitionException.class);
        assertThat(ComplaintLifecycleTest.inProgress().grantGoodwill(gift)).isEqualTo(gift);
    }

    private static List<String> fields(Goodwill.Kind kind, Goodwill.Amount amount, BigDecimal percent, Long points,
                                       String description) {
        try {
            Goodwill.offer("key", kind, amount, percent, points, description, "li.wei", NOW);
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
    }
}
