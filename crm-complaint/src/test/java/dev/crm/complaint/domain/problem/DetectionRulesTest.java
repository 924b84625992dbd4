package dev.crm.complaint.domain.problem;

import static dev.crm.complaint.domain.problem.Problems.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionRulesTest {

    private static final Duration NINETY_DAYS = Duration.ofDays(90);
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void aComplaintRepeatsTheLatestEarlierOneWithinTheWindowExactlyAtTheWindowIncluded() {
        ComplaintFacts subject = complaint("C-10", "customer:1", NOW);
        ComplaintFacts atTheEdge = complaint("C-1", "customer:1", NOW.minus(NINETY_DAYS));
        ComplaintFacts justOutside = complaint("C-0", "customer:1", NOW.minus(NINETY_DAYS).minusSeconds(1));

        assertThat(RepeatRule.find(subject, List.of(atTheEdge, justOutside), NINETY_DAYS).predecessor())
                .contains(atTheEdge);
        assertThat(RepeatRule.find(subject, List.of(justOutside), NINETY_DAYS).isEmpty()).isTrue();
        ComplaintFacts later = complaint("C-5", "customer:1", NOW.minus(Duration.ofDays(3)));
        assertThat(RepeatRule.find(subject, List.of(atTheEdge, later), NINETY_DAYS).predecessor()).contains(later);
    }

    @Test
    void anEarlierComplaintTypedLastBecomesWhatTheNextUnmarkedOneRepeats() {
        ComplaintFacts subject = complaint("C-1", "customer:1", NOW);
        ComplaintFacts next = complaint("C-2", "customer:1", NOW.plus(Duration.ofDays(2)));
        ComplaintFacts alreadyMarked = new ComplaintFacts("C-3", "customer:1", NOW.plus(Duration.ofDays(1)), null,
                "C-0");

        assertThat(RepeatRule.find(subject, List.of(next), NINETY_DAYS).successor()).contains(next);
        assertThat(RepeatRule.find(subject, List.of(next, alreadyMarked), NINETY_DAYS).successor()).isEmpty();
        assertThat(RepeatRule.find(subject, List.of(next), NINETY_DAYS).predecessor()).isEmpty();
    }

    @Test
    void complaintsReceivedAtTheSameInstantAreOrderedByNumber() {
        ComplaintFacts first = complaint("C-1", "customer:1", NOW);
        ComplaintFacts second = complaint("C-2", "customer:1", NOW);

        assertThat(RepeatRule.find(second, List.of(first), NINETY_DAYS).predecessor()).contains(first);
        assertThat(RepeatRule.find(first, List.of(second), NINETY_DAYS).successor()).contains(second);
    }

    @Test
    void aBatchNeedsTheThresholdOfDifferentCustomersInOneWindow() {
        List<ComplaintFacts> four = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            four.add(complaint("C-" + i, "contact:c" + i, NOW.minus(Duration.ofDays(i))));
        }
        ComplaintFacts sameCustomerAgain = complaint("C-9", "contact:c1", NOW.minusSeconds(60));
        ComplaintFacts subject = complaint("C-10", "contact:c1", NOW);

        List<ComplaintFacts> withRepeat = new ArrayList<>(four);
        withRepeat.add(sameCustomerAgain);
        assertThat(BatchRule.find(subject, withRepeat, WEEK, 5)).isEmpty();

        ComplaintFacts fifthCustomer = complaint("C-11", "customer:42", NOW.minus(Duration.ofDays(6)));
        withRepeat.add(fifthCustomer);
        assertThat(BatchRule.find(subject, withRepeat, WEEK, 5)).extracting(ComplaintFacts::number)
                .containsExactly("C-11", "C-4", "C-3", "C-2", "C-1", "C-9", "C-10");
    }

    @Test
    void theBatchWindowSlidesSoTheOldestComplaintAssessedLastStillFindsIt() {
        ComplaintFacts subject = complaint("C-1", "contact:c1", NOW);
        List<ComplaintFacts> later = new ArrayList<>();
        for (int i = 2; i <= 5; i++) {
            later.add(complaint("C-" + i, "contact:c" + i, NOW.plus(Duration.ofDays(i))));
        }
        ComplaintFacts tooLate = complaint("C-6", "contact:c6", NOW.plus(WEEK).plusSeconds(1));
        later.add(tooLate);

        assertThat(BatchRule.find(subject, later, WEEK, 5)).extracting(ComplaintFacts::number)
                .containsExactly("C-1", "C-2", "C-3", "C-4", "C-5");
        assertThat(BatchRule.find(subject, later.subList(0, 3), WEEK, 5)).isEmpty();
    }

    @Test
    void customerKeysPreferTheCustomerAndIgnoreTheCaseOfAContactHint() {
        assertThat(ComplaintFacts.customerKey("cust-1", "LI@EXAMPLE.COM")).isEqualTo("customer:cust-1");
        assertThat(ComplaintFacts.customerKey(null, " LI@Example.com ")).isEqualTo("contact:li@example.com");
    }

    private static ComplaintFacts complaint(String number, String customer, Instant receivedAt) {
        return new ComplaintFacts(number, customer, receivedAt, null, null);
    }
}
