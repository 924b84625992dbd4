package dev.crm.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.app.support.ApiClient;
import dev.crm.app.support.ApiIntegrationTest;
import dev.crm.complaint.api.Channel;
import dev.crm.complaint.api.ComplaintBoard;
import dev.crm.complaint.api.ComplaintBoard.Board;
import dev.crm.complaint.api.ComplaintBoard.BoardFilter;
import dev.crm.complaint.api.ComplaintBoard.BoardItem;
import dev.crm.complaint.api.ComplaintRegistration;
import dev.crm.complaint.api.ComplaintState;
import dev.crm.complaint.api.ImpactScope;
import dev.crm.complaint.application.ComplaintRegistry;
import dev.crm.complaint.application.EscalationPass;
import dev.crm.complaint.application.SlaNotifications;
import dev.crm.complaint.application.SlaPolicies;
import dev.crm.core.api.PageQuery;
import dev.crm.core.api.Role;
import dev.crm.core.api.ResultPage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The supervisor's reads of the complaint api: the board's counts and the escalation order. */
class ComplaintBoardTest extends ApiIntegrationTest {

    @Autowired
    ComplaintBoard board;

    @Autowired
    ComplaintRegistry registry;

    @Autowired
    SlaPolicies slaPolicies;

    @Autowired
    SlaNotifications notifications;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theBoardCountsEveryMatchingOpenComplaintByStateAndOwnerBeyondThePage() {
        ApiClient api = asNewStaff(Role.AGENT);
        String agent = null;
        for (int i = 0; i < 3; i++) {
            String number = api.post("/api/v1/complaints", Map.of("channel", "PHONE", "contactHint",
                    "caller-" + UUID.randomUUID(), "description", "Board " + i, "customerDemand", "Fix",
                    "occurredAt", "2026-01-05T08:00:00Z", "impactScope", "SINGLE_CUSTOMER")).body()
                    .path("number").asText();
            var accepted = api.post("/api/v1/complaints/" + number + "/accept", Map.of());
            assertThat(accepted.status()).isEqualTo(200);
            agent = accepted.body().path("owner").asText();
        }

        String owner = agent;
        Board mine = board.board(new BoardFilter(null, null, agent, null), new PageQuery(0, 2));

        assertThat(mine.items().items()).hasSize(2).allSatisfy(item -> assertThat(item.owner()).isEqualTo(owner));
        assertThat(mine.items().total()).isEqualTo(3);
        assertThat(mine.byState()).containsExactly(Map.entry(ComplaintState.ACCEPTED, 3L));
        assertThat(mine.byOwner()).containsExactly(Map.entry(agent, 3L));
        assertThat(board.board(new BoardFilter(null, ComplaintState.REGISTERED, agent, null), new PageQuery(0, 2))
                .items().total()).isZero();
        assertThat(board.board(new BoardFilter("no-such-department", null, agent, null), new PageQuery(0, 2))
                .items().total()).isZero();
    }

    @Test
    void escalationsListBreachedOpenComplaintsTheMostRecentlyBreachedFirst() {
        Instant now = Instant.now();
        String older = registry.registerComplaint(registration(now.minus(Duration.ofHours(40))), null, "li.wei")
                .getNumber();
        String newer = registry.registerComplaint(registration(now.minus(Duration.ofMinutes(24 * 60 + 30))), null,
                "li.wei").getNumber();
        String onTime = registry.registerComplaint(registration(now.minus(Duration.ofHours(1))), null, "li.wei")
                .getNumber();
        EscalationPass pass = new EscalationPass(mongo, slaPolicies, notifications);
        // The older one breaches its 24 h acceptance target at the first pass, the newer one only at the second.
        pass.run(now.minus(Duration.ofHours(1)));
        pass.run(now);

        List<BoardItem> escalated = allEscalations();
        List<String> order = escalated.stream().map(BoardItem::number).toList();

        assertThat(order).contains(older, newer).doesNotContain(onTime);
        assertThat(order.indexOf(newer)).isLessThan(order.indexOf(older));
        BoardItem item = escalated.get(order.indexOf(older));
        assertThat(item.breached()).isTrue();
        assertThat(item.lastSlaAlarmAt()).isNotNull();
    }

    private List<BoardItem> allEscalations() {
        List<BoardItem> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            ResultPage<BoardItem> batch = board.escalations(new PageQuery(page, ResultPage.MAX_SIZE));
            all.addAll(batch.items());
            if (batch.items().size() < ResultPage.MAX_SIZE) {
                return all;
            }
        }
    }

    private static ComplaintRegistration registration(Instant received) {
        return new ComplaintRegistration(null, Channel.WEB_FORM, null, received, null, "+8613800000002",
                "Parcel never arrived", "Deliver today", null, received.minus(Duration.ofHours(1)),
                ImpactScope.SINGLE_CUSTOMER, null, null, null);
    }
}
