package dev.crm.app.demo;

import dev.crm.app.demo.DemoComplaints.Story;
import dev.crm.app.demo.DemoStaff.Member;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The service training of the last months (DOMAIN.md §4): six courses of several categories, a
 * quarterly plan for the Shanghai team, enrolments (most completed, one overdue), reactions, a
 * question bank with an exam two agents passed (certificates) and the demo agent {@code wang.fang}
 * has not taken yet, a role-play attempt waiting for its grader, QA reviews of real complaints
 * before and after the training, and the remedial course for price findings. Together they give
 * the scorecards and the Kirkpatrick evaluation their figures.
 */
final class DemoTraining {

    static final String EXAM = "CS-201-EXAM";
    static final String ROLE_PLAY = "CS-202-ROLEPLAY";
    private static final String BANK = "CS-BANK";

    /** A question with its answer key, kept here: the candidates answer from it. */
    private record Question(String kind, String text, List<String> options, Set<String> correct, boolean statement) {
    }

    private static final List<Question> QUESTIONS = List.of(
            new Question("SINGLE_CHOICE", "首问负责制下，谁对投诉负责到底？Under first-inquiry responsibility, who owns the complaint?",
                    List.of("第一位受理的员工 The first staff member who accepts it", "处理部门经理 The handling department's manager",
                            "客户服务总监 The head of customer service"),
                    Set.of("第一位受理的员工 The first staff member who accepts it"), false),
            new Question("SINGLE_CHOICE", "一级投诉的首次响应时限是多少？What is the first-response target for a Level 1 complaint?",
                    List.of("24小时 24 hours", "48小时 48 hours", "72小时 72 hours"), Set.of("24小时 24 hours"), false),
            new Question("MULTIPLE_CHOICE", "面对情绪激动的客户，应当怎么做？What helps with an angry customer?",
                    List.of("耐心倾听 Listen patiently", "复述确认问题 Summarise the problem back", "打断并解释政策 Interrupt to explain the policy",
                            "转接其他同事 Transfer the call"),
                    Set.of("耐心倾听 Listen patiently", "复述确认问题 Summarise the problem back"), false),
            new Question("TRUE_FALSE", "没有记录解决方案并通知客户，投诉不能标记为已解决。A complaint cannot be resolved without a recorded solution and a customer notification.",
                    List.of(), Set.of(), true),
            new Question("TRUE_FALSE", "客户不满意时，投诉可以直接关闭。A complaint may be closed straight away when the customer is unhappy.",
                    List.of(), Set.of(), false),
            new Question("SINGLE_CHOICE", "满意度回访应在解决后多久内完成？How soon after resolution is the satisfaction survey due?",
                    List.of("24小时内 Within 24 hours", "一周内 Within a week", "一个月内 Within a month"),
                    Set.of("24小时内 Within 24 hours"), false),
            new Question("MULTIPLE_CHOICE", "哪些情况需要升级？Which situations are escalated?",
                    List.of("超过时限未响应 A missed response deadline", "涉及安全或法律问题 Safety or legal issues",
                            "客户要求发票 The customer asks for an invoice"),
                    Set.of("超过时限未响应 A missed response deadline", "涉及安全或法律问题 Safety or legal issues"), false));

    private final Random random;
    private final Instant now;
    private final Clock clock;
    private final DemoTimeline timeline;
    private final DemoStaff staff;
    private final DemoApi api;
    private final Map<String, DemoApi.Caller> callers = new HashMap<>();
    private final Map<String, String> enrolments = new HashMap<>();
    private long courses;
    private long completed;
    private long passedAttempts;
    private long qaReviews;
    private long enrolled;

    DemoTraining(Random random, Instant now, Clock clock, DemoTimeline timeline, DemoStaff staff, DemoApi api) {
        this.random = random;
        this.now = now;
        this.clock = clock;
        this.timeline = timeline;
        this.staff = staff;
        this.api = api;
    }

    long courses() {
        return courses;
    }

    long enrolments() {
        return enrolled;
    }

    long completed() {
        return completed;
    }

    long passedAttempts() {
        return passedAttempts;
    }

    long qaReviews() {
        return qaReviews;
    }

    void plan(List<Story> complaints) {
        Instant start = now.minus(Duration.ofDays(150));
        DemoApi.Caller hr = as(DemoStaff.HR);
        int thread = 20_000;
        step(start, thread, 0, () -> catalogue(hr));
        step(start.plus(Duration.ofDays(1)), thread, 1, () -> trainingPlan(hr));
        step(start.plus(Duration.ofDays(2)), thread, 2, () -> enrolTeams(hr));
        step(start.plus(Duration.ofDays(9)), thread, 3, () -> completeClassroom(hr, "CS-101", DemoStaff.AGENTS));
        step(start.plus(Duration.ofDays(10)), thread, 4, () -> react("CS-101", DemoStaff.AGENTS));
        step(start.plus(Duration.ofDays(16)), thread, 5, () -> completeOnline(hr, "CS-202", DemoStaff.AGENTS));
        step(start.plus(Duration.ofDays(23)), thread, 6, () -> completeClassroom(hr, "CS-201",
                List.of(DemoStaff.AGENT, DemoStaff.AGENT_2, DemoStaff.AGENT_CHENGDU)));
        step(start.plus(Duration.ofDays(24)), thread, 7, () -> react("CS-201",
                List.of(DemoStaff.AGENT, DemoStaff.AGENT_2, DemoStaff.AGENT_CHENGDU)));
        step(start.plus(Duration.ofDays(26)).plus(Duration.ofHours(2)), thread, 8, () -> passExam(DemoStaff.AGENT_2));
        step(start.plus(Duration.ofDays(27)).plus(Duration.ofHours(3)), thread, 9, () -> passExam(DemoStaff.AGENT_CHENGDU));
        step(start.plus(Duration.ofDays(30)), thread, 10, () -> completeClassroom(hr, "CS-301",
                List.of(DemoStaff.SUPERVISOR, DemoStaff.SUPERVISOR_CHENGDU)));
        step(now.minus(Duration.ofDays(3)), thread, 11, () -> rolePlay(DemoStaff.AGENT_3));
        // QA reviews of resolved cases, by the agent's supervisor, a couple of days after resolution.
        int order = 0;
        for (Story story : complaints) {
            if (story.resolvedAt == null || story.index % 2 == 1) {
                continue;
            }
            Instant reviewedAt = story.resolvedAt.plus(Duration.ofHours(30 + random.nextInt(40)));
            if (reviewedAt.isAfter(now.minus(Duration.ofMinutes(5)))) {
                continue;
            }
            boolean trained = story.resolvedAt.isAfter(start.plus(Duration.ofDays(25)));
            int base = trained ? 4 : 3;
            Map<String, Object> marks = Map.of("informationAccuracy", base + random.nextInt(2),
                    "correctResolution", base + random.nextInt(2), "attitude", Math.min(5, base + random.nextInt(3)),
                    "courtesy", Math.min(5, base + 1));
            Instant interaction = story.resolvedAt;
            timeline.add(reviewedAt, thread + 1, order++, () -> {
                as(DemoComplaints.supervisorOf(story.agent)).post("/api/v1/training/qa-reviews", Map.of(
                        "reviewee", story.agent.username(), "complaintNumber", story.number,
                        "interactionAt", interaction.toString(), "scores", marks,
                        "comments", trained ? "流程规范，沟通清晰 By the book, clear communication"
                                : "需加强共情表达 Needs more empathy in the wording"));
                qaReviews++;
            });
        }
    }

    private void step(Instant at, int thread, int order, Runnable action) {
        timeline.add(at, thread, order, action);
    }

    private void catalogue(DemoApi.Caller hr) {
        course(hr, "CS-101", "服务理念与首问负责制 Service philosophy and first-inquiry responsibility",
                "SERVICE_PHILOSOPHY", "LECTURE", 90, null, List.of());
        course(hr, "CS-201", "投诉处理技巧 Complaint handling skills", "SERVICE_SKILLS", "SIMULATION_DRILL", 120, 12,
                List.of());
        course(hr, "CS-202", "倾听与共情沟通 Listening and empathetic communication", "COMMUNICATION_AND_LISTENING",
                "ONLINE", 45, null, List.of());
        course(hr, "CS-301", "突发事件与危机处理 Emergencies and crisis handling",
                "PROBLEM_SOLVING_AND_EMERGENCY_HANDLING", "CASE_ANALYSIS", 120, null, List.of());
        course(hr, "CS-150", "价格与价保政策复训 Pricing and price-protection refresher", "STANDARDS_AND_PROCESSES",
                "ONLINE", 30, null, List.of());
        course(hr, "CRM-110", "CRM系统操作 Working in the CRM", "CRM", "ONLINE", 40, null, List.of());
        hr.put("/api/v1/training/remedial-courses/PRICE", Map.of("courseCode", "CS-150", "dueWithinDays", 14));
        hr.post("/api/v1/training/question-banks", Map.of("code", BANK, "title", "投诉处理题库 Complaint handling",
                "topic", "service skills"));
        for (Question question : QUESTIONS) {
            Map<String, Object> body = new HashMap<>();
            body.put("kind", question.kind());
            body.put("text", question.text());
            body.put("points", question.kind().equals("MULTIPLE_CHOICE") ? 4 : 2);
            if (question.kind().equals("TRUE_FALSE")) {
                body.put("statementIsTrue", question.statement());
            } else {
                body.put("options", question.options().stream()
                        .map(text -> Map.of("text", text, "correct", question.correct().contains(text))).toList());
            }
            hr.post("/api/v1/training/question-banks/" + BANK + "/questions", body);
        }
        hr.post("/api/v1/training/question-banks", Map.of("code", "CS-ROLEPLAY", "title", "情景演练 Role play",
                "topic", "communication"));
        hr.post("/api/v1/training/question-banks/CS-ROLEPLAY/questions", Map.of("kind", "ROLE_PLAY",
                "text", "客户第二次收到损坏的包裹，非常生气。请处理这通电话。A customer's parcel arrived broken for the second time; handle the call.",
                "rubric", List.of(
                        Map.of("description", "共情 Empathy", "maxPoints", 4, "guidance", "承认客户感受 Acknowledges feelings"),
                        Map.of("description", "解决 Resolution", "maxPoints", 6, "guidance", "给出补救方案 Offers a remedy")),
                "modelAnswer", "道歉、负责到底、当天补发 Apologise, own it, reship today"));
        hr.post("/api/v1/training/assessments", Map.of("code", EXAM, "title", "投诉处理技巧考核 Complaint handling exam",
                "courseCode", "CS-201", "drawRules", List.of(Map.of("bankCode", BANK, "count", 5)),
                "timeLimitMinutes", 30, "attemptLimit", 3, "passMarkPercent", 80));
        hr.post("/api/v1/training/assessments", Map.of("code", ROLE_PLAY, "title", "共情沟通情景考核 Empathy role play",
                "courseCode", "CS-202", "drawRules", List.of(Map.of("bankCode", "CS-ROLEPLAY", "count", 1)),
                "timeLimitMinutes", 20, "attemptLimit", 2, "reviewers", List.of(DemoStaff.SUPERVISOR.username())));
    }

    private void course(DemoApi.Caller hr, String code, String title, String category, String form, int minutes,
                        Integer certificateMonths, List<String> prerequisites) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", title);
        body.put("category", category);
        body.put("deliveryForm", form);
        body.put("durationMinutes", minutes);
        body.put("certificateValidMonths", certificateMonths);
        body.put("prerequisites", prerequisites);
        body.put("materials", List.of(Map.of("title", "讲义 Handout", "url",
                "https://intranet.example.com/training/" + code.toLowerCase() + ".pdf")));
        hr.post("/api/v1/training/courses", body);
        courses++;
    }

    private void trainingPlan(DemoApi.Caller hr) {
        LocalDate today = today();
        JsonNode plan = hr.post("/api/v1/training/plans", Map.of("departmentCode", DemoStaff.SHANGHAI,
                "periodStart", today.toString(), "periodEnd", today.plusMonths(3).toString(),
                "title", "上海客服中心季度培训计划 Shanghai service centre quarterly training"));
        String id = plan.get("id").asString();
        hr.put("/api/v1/training/plans/" + id + "/needs-analysis", Map.of("notes",
                "回访显示共情表达与政策口径不一致 Return visits show weak empathy and inconsistent policy answers"));
        hr.post("/api/v1/training/plans/" + id + "/advance", Map.of());
        hr.post("/api/v1/training/plans/" + id + "/courses", Map.of("courseCode", "CS-201",
                "dueDate", today.plusDays(30).toString(), "audience", "全体坐席 All agents"));
        hr.post("/api/v1/training/plans/" + id + "/courses", Map.of("courseCode", "CS-202",
                "dueDate", today.plusDays(20).toString(), "audience", "全体坐席 All agents"));
        hr.post("/api/v1/training/plans/" + id + "/advance", Map.of());
    }

    private void enrolTeams(DemoApi.Caller hr) {
        LocalDate today = today();
        for (Member agent : DemoStaff.AGENTS) {
            enrol(hr, agent, "CS-101", today.plusDays(14));
            enrol(hr, agent, "CS-201", today.plusDays(28));
            enrol(hr, agent, "CS-202", today.plusDays(20));
        }
        enrol(hr, DemoStaff.AGENT, "CRM-110", today.plusDays(200));
        for (Member lead : List.of(DemoStaff.SUPERVISOR, DemoStaff.SUPERVISOR_CHENGDU)) {
            enrol(hr, lead, "CS-301", today.plusDays(35));
        }
    }

    private void enrol(DemoApi.Caller hr, Member member, String course, LocalDate due) {
        JsonNode enrolment = hr.post("/api/v1/training/enrolments", Map.of("staff", member.username(),
                "courseCode", course, "dueDate", due.toString()));
        enrolments.put(member.username() + "/" + course, enrolment.get("id").asString());
        enrolled++;
    }

    private void completeClassroom(DemoApi.Caller hr, String course, List<Member> members) {
        for (Member member : members) {
            String id = enrolments.get(member.username() + "/" + course);
            hr.post("/api/v1/training/enrolments/" + id + "/attendance", Map.of("date", today().toString(),
                    "present", true, "minutes", 90));
            hr.post("/api/v1/training/enrolments/" + id + "/complete", Map.of("score", 78 + random.nextInt(20)));
            completed++;
        }
    }

    private void completeOnline(DemoApi.Caller hr, String course, List<Member> members) {
        for (Member member : members) {
            hr.post("/api/v1/training/enrolments/" + enrolments.get(member.username() + "/" + course) + "/complete",
                    Map.of("score", 80 + random.nextInt(21)));
            completed++;
        }
    }

    /** Kirkpatrick level 1: each participant rates the course they completed. */
    private void react(String course, List<Member> members) {
        for (Member member : members) {
            as(member).post("/api/v1/training/enrolments/" + enrolments.get(member.username() + "/" + course)
                    + "/reaction", Map.of("ratings", Map.of("relevance", 4 + random.nextInt(2), "delivery",
                    3 + random.nextInt(3), "applicability", 4 + random.nextInt(2)), "comment",
                    "案例贴近实际 Realistic cases"));
        }
    }

    /** The candidate takes the exam and answers from the key: a passed attempt and a certificate. */
    private void passExam(Member candidate) {
        DemoApi.Caller caller = as(candidate);
        JsonNode paper = caller.post("/api/v1/training/assessments/" + EXAM + "/attempts", Map.of());
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode question : paper.get("questions").values()) {
            Question key = QUESTIONS.stream().filter(q -> q.text().equals(question.get("text").asString()))
                    .findFirst().orElseThrow(() -> new DemoSeedingException("a question not in the demo bank"));
            List<String> selected = new ArrayList<>();
            if (key.kind().equals("TRUE_FALSE")) {
                selected.add(key.statement() ? "TRUE" : "FALSE");
            } else {
                for (JsonNode option : question.get("options").values()) {
                    if (key.correct().contains(option.get("text").asString())) {
                        selected.add(option.get("id").asString());
                    }
                }
            }
            answers.add(Map.of("questionId", question.get("id").asString(), "selectedOptionIds", selected));
        }
        JsonNode result = caller.post("/api/v1/training/attempts/" + paper.get("id").asString() + "/submit",
                Map.of("answers", answers));
        if (!result.get("passed").asBoolean()) {
            throw new DemoSeedingException(candidate.username() + " answered from the key and failed: " + result);
        }
        passedAttempts++;
    }

    /** A role-play answer waiting in the supervisor's grading queue. */
    private void rolePlay(Member candidate) {
        DemoApi.Caller caller = as(candidate);
        JsonNode paper = caller.post("/api/v1/training/assessments/" + ROLE_PLAY + "/attempts", Map.of());
        String question = paper.get("questions").get(0).get("id").asString();
        caller.post("/api/v1/training/attempts/" + paper.get("id").asString() + "/submit", Map.of("answers",
                List.of(Map.of("questionId", question, "text",
                        "先真诚道歉，确认订单信息，承诺当天补发并全程跟踪，次日回电确认。"
                                + "I apologise sincerely, confirm the order, reship today, track it and call back tomorrow."))));
    }

    /** The day of the step being played: the seeding clock has been set to its moment. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private DemoApi.Caller as(Member member) {
        return callers.computeIfAbsent(member.username(), name -> staff.as(api, member));
    }
}
