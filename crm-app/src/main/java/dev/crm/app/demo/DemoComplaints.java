package dev.crm.app.demo;

import dev.crm.app.demo.DemoComplaintTexts.Case;
import dev.crm.app.demo.DemoCustomers.Customer;
import dev.crm.app.demo.DemoStaff.Member;
import dev.crm.complaint.api.ComplaintState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * About 60 complaints over the last year, in every state of the lifecycle (DOMAIN.md §1.4), each
 * worked through the complaint API by its demo agent at the time it happened: the clock is moved to
 * every step in turn, all complaints' steps merged into one timeline, so time only runs forward.
 * Old cases are closed (by a return-visit answer or a follow-up call) or archived; recent ones are
 * still open, some past their deadlines; a few were resolved late (breaches), reopened after an
 * unhappy survey, put on hold waiting for the customer, compensated, or traced to a problem record.
 */
final class DemoComplaints {

    /** How many complaints end in each state; the story of each state is in {@link #script}. */
    static final Map<ComplaintState, Integer> PLAN = finalStates();

    private final Random random;
    private final Instant now;
    private final DemoStaff staff;
    private final DemoApi api;
    private final List<Customer> customers;
    private final DemoTimeline steps;
    private final List<Story> stories = new ArrayList<>();
    private final Map<String, DemoApi.Caller> callers = new HashMap<>();
    private int nextCustomer;
    private long surveysAnswered;
    private long goodwill;
    private long replies;
    private String problemNumber;

    DemoComplaints(Random random, Instant now, DemoTimeline timeline, DemoStaff staff, DemoApi api,
                   List<Customer> customers) {
        this.random = random;
        this.now = now;
        this.steps = timeline;
        this.staff = staff;
        this.api = api;
        // Customers 0-13 are the loyalty story's members; complaints start after them so the two stories
        // stay readable, and come from different customers (no accidental repeat complaints).
        this.customers = customers;
        this.nextCustomer = 20;
    }

    /** A complaint as the story knows it: who, what, and its number once registered. */
    static final class Story {
        final int index;
        final Customer customer;
        final Member agent;
        final Case subject;
        final String channel;
        final String kind;
        final ComplaintState finalState;
        String number;
        /** When the story has it resolved (first time), null when it never is. */
        Instant resolvedAt;

        Story(int index, Customer customer, Member agent, Case subject, String channel, String kind,
              ComplaintState finalState) {
            this.index = index;
            this.customer = customer;
            this.agent = agent;
            this.subject = subject;
            this.channel = channel;
            this.kind = kind;
            this.finalState = finalState;
        }
    }

    List<Story> stories() {
        return stories;
    }

    long surveysAnswered() {
        return surveysAnswered;
    }

    long goodwill() {
        return goodwill;
    }

    long replies() {
        return replies;
    }

    String problemNumber() {
        return problemNumber;
    }

    /** Writes the complaints' steps into the timeline; they run when it is played. */
    void plan() {
        pausingPolicy();
        int index = 0;
        for (Map.Entry<ComplaintState, Integer> planned : PLAN.entrySet()) {
            for (int i = 0; i < planned.getValue(); i++) {
                script(index++, planned.getKey(), i);
            }
        }
        problemRecord();
    }

    /** Product-quality cases wait for the customer's photos or the inspection: the clock may pause. */
    private void pausingPolicy() {
        Instant start = now.minus(Duration.ofDays(370));
        Map<String, Object> policy = new HashMap<>();
        policy.put("id", "quality-wait-for-customer");
        policy.put("name", "产品质量：等待客户期间暂停计时 Product quality: the clock pauses while waiting for the customer");
        policy.put("position", 25);
        policy.put("scheme", "standard");
        policy.put("types", List.of("PRODUCT_QUALITY"));
        policy.put("targets", Map.of("RESOLUTION", "PT120H"));
        policy.put("pauseStates", List.of("ON_HOLD"));
        steps.add(start, -1, 0, () -> as(DemoStaff.SUPERVISOR).post("/api/v1/sla-policies", policy));
    }

    private void script(int index, ComplaintState finalState, int nth) {
        boolean old = finalState == ComplaintState.CLOSED || finalState == ComplaintState.ARCHIVED;
        boolean phoneOnlyWanted = (finalState == ComplaintState.CLOSED && nth < 9)
                || (finalState == ComplaintState.REOPENED && nth < 2)
                || (finalState == ComplaintState.RESOLVED && nth < 2);
        Customer customer = nextCustomer(phoneOnlyWanted);
        Member agent = agentFor(index);
        Case subject = finalState == ComplaintState.ON_HOLD ? DemoComplaintTexts.CASES.get(1 + nth % 2)
                : DemoComplaintTexts.CASES.get(random.nextInt(DemoComplaintTexts.CASES.size()));
        if (subject == DemoComplaintTexts.KETTLE) {
            subject = DemoComplaintTexts.CASES.get(3);
        }
        if (finalState == ComplaintState.IN_PROGRESS && nth == 0) {
            // The case of the supervisor's finding: a wrong price quoted, which has a remedial course.
            subject = DemoComplaintTexts.CASES.get(7);
        }
        String channel = customer.phoneOnly() ? "PHONE" : channelFor(customer);
        String kind = index % 17 == 5 ? "SERVICE_REQUEST" : index % 23 == 11 ? "FEEDBACK" : "COMPLAINT";
        Story story = new Story(index, customer, agent, subject, channel, kind, finalState);
        stories.add(story);

        String grade = switch (subject.type()) {
            case "PRODUCT_QUALITY", "SYSTEM" -> random.nextInt(3) == 0 ? "LEVEL_1" : "LEVEL_2";
            case "PRICE", "SERVICE" -> random.nextBoolean() ? "LEVEL_2" : "LEVEL_3";
            default -> "LEVEL_3";
        };
        long resolutionHours = "PRODUCT_QUALITY".equals(subject.type()) ? 120
                : "LEVEL_1".equals(grade) ? 48 : "LEVEL_2".equals(grade) ? 72 : 120;
        // One case in six is resolved late: the RESOLUTION breach is recorded when it happens.
        boolean late = old ? nth % 6 == 2 : finalState == ComplaintState.FOLLOW_UP && nth == 0;
        Duration handling = late ? Duration.ofMinutes((long) (resolutionHours * 60 * (1.1 + random.nextDouble() * 0.5)))
                : Duration.ofMinutes((long) (resolutionHours * 60 * (0.15 + random.nextDouble() * 0.6)));

        Instant received = receivedAt(finalState, nth, handling);
        Timeline t = new Timeline(story, received);
        boolean phone = "PHONE".equals(channel);
        // On the phone the agent registers and accepts during the call: the phone policy wants a first
        // response within 15 minutes of receipt.
        t.after(phone ? minutes(1, 4) : minutes(5, 40), () -> register(story, received));
        if (finalState == ComplaintState.REGISTERED) {
            return;
        }
        t.after(phone ? minutes(1, 3) : minutes(5, 90), () -> command(story, "accept", Map.of()));
        if (phone) {
            t.after(minutes(1, index % 10 == 3 ? 20 : 5), () -> reply(story, "phone", DemoComplaintTexts.PHONE_REPLIES));
        } else if (random.nextBoolean()) {
            t.after(minutes(20, 300), () -> reply(story, channel.toLowerCase(), DemoComplaintTexts.WRITTEN_REPLIES));
        }
        if (finalState == ComplaintState.ACCEPTED) {
            return;
        }
        t.after(minutes(10, 120), () -> command(story, "assess", Map.of("grade", grade, "type", story.subject.type(),
                "plan", "核实情况后按政策处理 Verify the facts, then apply the after-sales policy")));
        if (finalState == ComplaintState.ASSESSED) {
            return;
        }
        t.after(minutes(1, 5), () -> command(story, "assign", Map.of("handler", agent.username(),
                "department", agent.department())));
        t.after(minutes(1, 30), () -> command(story, "start", Map.of()));
        if (index % 9 == 4) {
            t.after(minutes(30, 240), () -> compensate(story));
        }
        if (finalState == ComplaintState.ON_HOLD) {
            t.after(minutes(30, 180), () -> command(story, "hold", Map.of("reason",
                    "等待客户提供故障照片和购买凭证 Waiting for the customer's photos of the fault and the receipt")));
            return;
        }
        if (finalState == ComplaintState.IN_PROGRESS) {
            if (nth == 0) {
                t.after(minutes(60, 120), () -> finding(story));
            }
            return;
        }
        t.at(received.plus(handling), () -> resolve(story));
        story.resolvedAt = t.last();
        switch (finalState) {
            case RESOLVED -> {
                return;
            }
            case FOLLOW_UP -> t.after(minutes(120, 600), () -> command(story, "follow-up", Map.of()));
            case REOPENED -> {
                if (story.customer.phoneOnly()) {
                    t.after(minutes(180, 900), () -> answerVisit(story, 2, 3,
                            "问题没有真正解决，水壶又坏了 Not really fixed, it broke again"));
                } else {
                    t.after(minutes(120, 600), () -> command(story, "follow-up", Map.of()));
                    t.after(minutes(30, 300), () -> command(story, "reopen", Map.of("reason",
                            "回访时客户表示问题再次出现 On the follow-up call the customer said the fault is back")));
                }
            }
            default -> closeOrArchive(t, story, nth);
        }
    }

    private void closeOrArchive(Timeline t, Story story, int nth) {
        if (story.customer.phoneOnly()) {
            if (nth == 1) {
                // Unhappy first, then handled again and closed: a reopened case's whole life.
                t.after(minutes(180, 900), () -> answerVisit(story, 2, 4, "还是不行 Still not working"));
                t.after(minutes(60, 300), () -> command(story, "start", Map.of()));
                t.after(minutes(600, 2400), () -> resolve(story));
            }
            int csat = nth % 4 == 3 ? 3 : 4 + random.nextInt(2);
            int nps = csat == 3 ? 6 + random.nextInt(2) : 8 + random.nextInt(3);
            t.after(minutes(120, 1200), () -> answerVisit(story, csat, nps,
                    csat == 3 ? "处理还可以，就是慢了点 Fine, but slow" : "处理及时，态度很好 Quick and friendly"));
        } else {
            t.after(minutes(600, 2400), () -> command(story, "follow-up", Map.of()));
            t.after(minutes(5, 60), () -> command(story, "close", Map.of("result",
                    nth % 5 == 4 ? "PARTIALLY_SATISFIED" : "SATISFIED", "attempts", 1,
                    "note", "回访确认客户满意 Follow-up call: the customer confirmed the outcome")));
        }
        if (nth % 7 == 5 && !story.customer.phoneOnly()) {
            t.after(minutes(60, 600), () -> goodwillPoints(story));
        }
        if (story.finalState == ComplaintState.ARCHIVED) {
            t.after(Duration.ofDays(5 + random.nextInt(20)), () -> as(supervisorOf(story.agent))
                    .post("/api/v1/complaints/" + story.number + "/archive", Map.of()));
        }
    }

    /** Three kettle complaints in one month, traced to a thermostat batch in a problem record. */
    private void problemRecord() {
        Instant first = now.minus(Duration.ofDays(80));
        List<Story> kettles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Customer customer = nextCustomer(false);
            Member agent = i == 2 ? DemoStaff.AGENT_CHENGDU : DemoStaff.AGENT;
            Story story = new Story(stories.size(), customer, agent, DemoComplaintTexts.KETTLE, channelFor(customer),
                    "COMPLAINT", ComplaintState.CLOSED);
            stories.add(story);
            Instant received = first.plus(Duration.ofDays(4L * i)).plus(minutes(60, 600));
            Timeline t = new Timeline(story, received);
            t.after(minutes(2, 20), () -> register(story, received));
            t.after(minutes(1, 30), () -> command(story, "accept", Map.of()));
            t.after(minutes(10, 60), () -> command(story, "assess", Map.of("grade", "LEVEL_2", "type",
                    "PRODUCT_QUALITY", "plan", "换新并送检 Replace, send the unit to the lab")));
            t.after(minutes(1, 5), () -> command(story, "assign", Map.of("handler", agent.username(),
                    "department", agent.department())));
            t.after(minutes(1, 20), () -> command(story, "start", Map.of()));
            t.after(Duration.ofHours(30 + random.nextInt(40)), () -> resolve(story));
            story.resolvedAt = t.last();
            t.after(minutes(600, 1800), () -> command(story, "follow-up", Map.of()));
            t.after(minutes(5, 30), () -> command(story, "close", Map.of("result", "SATISFIED", "attempts", 1,
                    "note", "新壶使用正常 The new kettle works")));
            kettles.add(story);
        }
        Instant opened = first.plus(Duration.ofDays(11));
        int order = 0;
        DemoApi.Caller supervisor = as(DemoStaff.SUPERVISOR);
        int marker = 10_000;
        steps.add(opened, marker, order++, () -> {
            problemNumber = supervisor.post("/api/v1/problems", Map.of("title",
                    "KT-2201 电热水壶不加热 KT-2201 kettles stop heating", "description",
                    "同一型号两周内多起不加热投诉 Several kettles of one model stopped heating within weeks",
                    "scope", Map.of("type", "PRODUCT_QUALITY", "productReference", "KT-2201"))).get("number").asString();
            for (Story kettle : kettles) {
                supervisor.post(problem("complaints"), Map.of("number", kettle.number,
                        "note", "同型号同故障 Same model, same fault"));
            }
        });
        steps.add(opened.plus(Duration.ofDays(2)), marker, order++, () -> supervisor.put(problem("analysis"),
                Map.of("whys", List.of(
                                Map.of("why", "为什么不加热？Why no heating?", "answer", "温控器断开 The thermostat opens early"),
                                Map.of("why", "为什么提前断开？Why early?", "answer", "双金属片规格偏差 Bimetal strip out of spec"),
                                Map.of("why", "为什么规格偏差？Why out of spec?", "answer",
                                        "供应商换了原材料批次 The supplier changed the material batch"),
                                Map.of("why", "为什么未发现？Why not caught?", "answer",
                                        "来料检验未覆盖该参数 Incoming inspection did not test it")),
                        "fishbone", List.of(Map.of("category", "SUPPLIER", "cause", "原材料批次变更 Material batch change"),
                                Map.of("category", "PROCESS", "cause", "来料检验项目缺失 Missing incoming test")),
                        "rootCause", "供应商温控器批次缺陷且来料检验未覆盖 Supplier thermostat batch defect not covered by incoming inspection",
                        "rootCauseCategory", "SUPPLIER")));
        LocalDate planned = LocalDate.ofInstant(opened, ZoneOffset.UTC);
        steps.add(opened.plus(Duration.ofDays(3)), marker, order++, () -> supervisor.put(problem("plan"),
                Map.of("goal", "KT-2201 不加热投诉降为零 No more KT-2201 heating complaints",
                        "measures", List.of("召回问题批次 Recall the affected batch",
                                "来料检验增加温控测试 Add a thermostat test to incoming inspection"),
                        "responsibleDepartment", DemoStaff.BUSINESS_UNIT,
                        "milestones", List.of(Map.of("title", "召回完成 Recall done", "dueOn", planned.plusDays(20).toString()),
                                Map.of("title", "检验规程更新 Inspection procedure updated", "dueOn",
                                        planned.plusDays(40).toString())),
                        "expectedResult", "三十天内无同类投诉 No similar complaint for 30 days")));
        steps.add(opened.plus(Duration.ofDays(4)), marker, order++, () -> supervisor.post(problem("pdca/advance"),
                Map.of("note", "召回启动 Recall started", "effectiveFrom", opened.plus(Duration.ofDays(4)).toString())));
        steps.add(opened.plus(Duration.ofDays(19)), marker, order, () -> supervisor.post(
                problem("plan/milestones/1/done"), Map.of("note", "问题批次已全部召回 Batch fully recalled")));
    }

    private String problem(String path) {
        return "/api/v1/problems/" + problemNumber + "/" + path;
    }

    /** When the case came in: old cases over the year, open ones in the last days. */
    private Instant receivedAt(ComplaintState state, int nth, Duration handling) {
        Instant at = switch (state) {
            case CLOSED, ARCHIVED -> now.minus(Duration.ofDays(20 + random.nextInt(335)));
            case REOPENED, FOLLOW_UP -> now.minus(handling).minus(Duration.ofDays(2 + random.nextInt(5)));
            case RESOLVED -> now.minus(handling).minus(Duration.ofHours(6 + random.nextInt(72)));
            // Some open cases are days old: past their resolution targets, escalated by the SLA pass.
            case IN_PROGRESS, ON_HOLD -> now.minus(Duration.ofHours(nth % 3 == 0 ? 100 + random.nextInt(60)
                    : 8 + random.nextInt(40)));
            case REGISTERED -> now.minus(Duration.ofMinutes(nth < 2 ? 26 * 60 + random.nextInt(600)
                    : 30 + random.nextInt(600)));
            default -> now.minus(Duration.ofMinutes(240 + random.nextInt(1800)));
        };
        return at.minus(Duration.ofSeconds(random.nextInt(3600)));
    }

    /** Steps of one story, each some time after the previous one; all before now. */
    private final class Timeline {
        private final Story story;
        private Instant at;
        private int order;

        Timeline(Story story, Instant start) {
            this.story = story;
            this.at = start;
        }

        Instant last() {
            return at;
        }

        void after(Duration wait, Runnable action) {
            at(at.plus(wait), action);
        }

        void at(Instant when, Runnable action) {
            Instant latest = now.minus(Duration.ofMinutes(2));
            Instant next = when.isAfter(latest) ? latest : when;
            // Strictly after the story's previous step, so merging the stories keeps each one's order.
            at = order > 0 && !next.isAfter(at) ? at.plusSeconds(1) : next;
            steps.add(at, story.index, order++, action);
        }
    }

    private void register(Story story, Instant received) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", story.kind);
        body.put("channel", story.channel);
        body.put("form", "PHONE".equals(story.channel) || "ON_SITE".equals(story.channel) ? "ORAL" : "ELECTRONIC");
        body.put("receivedAt", received.toString());
        body.put("customerId", story.customer.id());
        body.put("description", story.subject.description());
        body.put("customerDemand", story.subject.demand());
        body.put("expectedResult", story.subject.expected());
        body.put("occurredAt", received.minus(Duration.ofHours(2 + random.nextInt(70))).toString());
        body.put("impactScope", "SINGLE_CUSTOMER");
        body.put("productReference", story.subject.productReference());
        body.put("productCategory", story.subject.productCategory());
        story.number = as(story.agent).post("/api/v1/complaints", body).get("number").asString();
    }

    private void command(Story story, String command, Map<String, Object> body) {
        as(story.agent).post("/api/v1/complaints/" + story.number + "/" + command, body);
    }

    private void reply(Story story, String via, String[] texts) {
        command(story, "respond", Map.of("text", texts[random.nextInt(texts.length)], "via", via));
        replies++;
    }

    private void resolve(Story story) {
        command(story, "resolve", Map.of("solution", story.subject.solution(), "customerNotifiedVia",
                "PHONE".equals(story.channel) ? "电话告知 told by phone" : story.channel.toLowerCase() + " message"));
    }

    /**
     * The survey of a phone-only customer is a return-visit call by the owner; the answer closes the
     * case (CSAT 3-5) or reopens it (1-2). Without an open visit the owner closes it after a call.
     */
    private void answerVisit(Story story, int csat, int nps, String comment) {
        DemoApi.Caller agent = as(story.agent);
        JsonNode visits = agent.get("/api/v1/return-visits?status=OPEN&assignee=" + story.agent.username() + "&size=200");
        for (JsonNode visit : visits.get("items").values()) {
            if (story.number.equals(visit.get("complaintNumber").asString())) {
                agent.post("/api/v1/return-visits/" + visit.get("id").asString() + "/answer",
                        Map.of("csat", csat, "nps", nps, "comment", comment));
                surveysAnswered++;
                return;
            }
        }
        throw new DemoSeedingException("no open return visit for " + story.number);
    }

    private void compensate(Story story) {
        as(story.agent).postOnce("/api/v1/complaints/" + story.number + "/goodwill", "demo-goodwill-" + story.number,
                Map.of("kind", "COMPENSATION", "amount", Map.of("value", "50.00", "currency", "CNY"),
                        "description", "服务补偿 Service compensation"));
        goodwill++;
    }

    private void goodwillPoints(Story story) {
        as(story.agent).postOnce("/api/v1/complaints/" + story.number + "/goodwill", "demo-points-" + story.number,
                Map.of("kind", "LOYALTY_POINTS", "points", 500, "description", "致歉积分 Apology points"));
        goodwill++;
    }

    /** A supervisor finds the agent quoted the wrong price: the training module's remedial feed. */
    private void finding(Story story) {
        as(supervisorOf(story.agent)).post("/api/v1/complaints/" + story.number + "/findings", Map.of(
                "staff", story.agent.username(), "substantiated", true,
                "note", "告知客户的政策有误 Told the customer the wrong policy"));
    }

    private Customer nextCustomer(boolean phoneOnly) {
        for (int i = 0; i < customers.size(); i++) {
            Customer candidate = customers.get((nextCustomer + i) % customers.size());
            if (candidate.phoneOnly() == phoneOnly) {
                nextCustomer = (nextCustomer + i + 1) % customers.size();
                return candidate;
            }
        }
        throw new DemoSeedingException("no " + (phoneOnly ? "phone-only" : "reachable") + " customer left");
    }

    private String channelFor(Customer customer) {
        return switch (customer.preferredChannel()) {
            case "WECHAT" -> random.nextInt(4) == 0 ? "APP" : "WECHAT";
            case "EMAIL" -> random.nextBoolean() ? "EMAIL" : "WEB_FORM";
            case "SMS" -> random.nextBoolean() ? "SMS" : "ON_SITE";
            default -> "PHONE";
        };
    }

    private static Member agentFor(int index) {
        return switch (index % 7) {
            case 0, 3 -> DemoStaff.AGENT;
            case 1, 5 -> DemoStaff.AGENT_2;
            case 2 -> DemoStaff.AGENT_3;
            default -> DemoStaff.AGENT_CHENGDU;
        };
    }

    static Member supervisorOf(Member agent) {
        return DemoStaff.CHENGDU.equals(agent.department()) ? DemoStaff.SUPERVISOR_CHENGDU : DemoStaff.SUPERVISOR;
    }

    private DemoApi.Caller as(Member member) {
        return callers.computeIfAbsent(member.username(), name -> staff.as(api, member));
    }

    private Duration minutes(int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(to - from + 1));
    }

    private static Map<ComplaintState, Integer> finalStates() {
        Map<ComplaintState, Integer> plan = new EnumMap<>(ComplaintState.class);
        plan.put(ComplaintState.REGISTERED, 7);
        plan.put(ComplaintState.ACCEPTED, 4);
        plan.put(ComplaintState.ASSESSED, 4);
        plan.put(ComplaintState.IN_PROGRESS, 9);
        plan.put(ComplaintState.ON_HOLD, 3);
        plan.put(ComplaintState.RESOLVED, 5);
        plan.put(ComplaintState.FOLLOW_UP, 3);
        plan.put(ComplaintState.CLOSED, 15);
        plan.put(ComplaintState.ARCHIVED, 3);
        plan.put(ComplaintState.REOPENED, 4);
        return plan;
    }
}
