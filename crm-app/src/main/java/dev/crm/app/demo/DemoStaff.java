package dev.crm.app.demo;

import dev.crm.core.api.NewStaffAccount;
import dev.crm.core.api.Role;
import dev.crm.core.api.StaffDirectory;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people of the demo company (a consumer-appliance maker's customer service): one account per
 * role besides {@code admin}, in two frontline teams under a business-unit quality group under the
 * HQ service-quality committee (000 §8.1), with their staff profiles and supervisor lines.
 */
final class DemoStaff {

    static final String SHANGHAI = "CS-SH";
    static final String CHENGDU = "CS-CD";
    static final String BUSINESS_UNIT = "BU-HOME";
    static final String HEADQUARTERS = "HQ-SQC";

    /** The account that performs the administrative steps; its password is random and never shown. */
    static final String SEEDER = "demo.seeder";

    /** A demo staff member: account, team, training role and direct supervisor. */
    record Member(String username, String displayName, Role role, String department, String staffRole,
                  String supervisor, String hireDate) {
    }

    static final Member SUPERVISOR = new Member("chen.jing", "陈静 Chen Jing", Role.SUPERVISOR, SHANGHAI,
            "TEAM_LEADER", null, "2019-04-01");
    static final Member SUPERVISOR_CHENGDU = new Member("zhou.tao", "周涛 Zhou Tao", Role.SUPERVISOR, CHENGDU,
            "TEAM_LEADER", null, "2020-09-14");
    static final Member AGENT = new Member("wang.fang", "王芳 Wang Fang", Role.AGENT, SHANGHAI, "AGENT",
            "chen.jing", "2022-03-01");
    static final Member AGENT_2 = new Member("zhang.min", "张敏 Zhang Min", Role.AGENT, SHANGHAI, "AGENT",
            "chen.jing", "2023-07-17");
    static final Member AGENT_3 = new Member("zhao.lei", "赵磊 Zhao Lei", Role.AGENT, SHANGHAI, "AGENT",
            "chen.jing", "2025-02-10");
    static final Member AGENT_CHENGDU = new Member("liu.yang", "刘洋 Liu Yang", Role.AGENT, CHENGDU, "AGENT",
            "zhou.tao", "2021-11-08");
    static final Member HR = new Member("sun.li", "孙丽 Sun Li", Role.HR, HEADQUARTERS, "TRAINER", null,
            "2018-06-25");
    static final Member ANALYST = new Member("huang.xin", "黄鑫 Huang Xin", Role.ANALYST, BUSINESS_UNIT,
            "QUALITY_INSPECTOR", null, "2021-03-22");

    static final List<Member> EVERYONE = List.of(SUPERVISOR, SUPERVISOR_CHENGDU, AGENT, AGENT_2, AGENT_3,
            AGENT_CHENGDU, HR, ANALYST);
    static final List<Member> AGENTS = List.of(AGENT, AGENT_2, AGENT_3, AGENT_CHENGDU);

    private final StaffDirectory staff;
    private final String password;
    private final String seederPassword;

    DemoStaff(StaffDirectory staff, String password) {
        this.staff = staff;
        this.password = password;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.seederPassword = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Opens the accounts (the core api checks the password policy and audits each opening). */
    int openAccounts() {
        staff.open(new NewStaffAccount(SEEDER, seederPassword, "Demo data seeder", Set.of(Role.ADMIN), null),
                "demo-data");
        for (Member member : EVERYONE) {
            staff.open(new NewStaffAccount(member.username(), password, member.displayName(),
                    Set.of(member.role()), member.department()), "demo-data");
        }
        return EVERYONE.size();
    }

    DemoApi.Caller seeder(DemoApi api) {
        return api.as(SEEDER, seederPassword);
    }

    DemoApi.Caller as(DemoApi api, Member member) {
        return api.as(member.username(), password);
    }

    /** Departments and staff profiles, as HR records them in the training module. */
    int organise(DemoApi.Caller hr) {
        hr.post("/api/v1/training/departments", unit(HEADQUARTERS, "总部服务质量委员会 HQ Service Quality Committee",
                "HQ_QUALITY_COMMITTEE", null));
        hr.post("/api/v1/training/departments", unit(BUSINESS_UNIT, "家电事业部质量组 Home Appliances BU Quality Group",
                "BUSINESS_UNIT_QUALITY_GROUP", HEADQUARTERS));
        hr.post("/api/v1/training/departments", unit(SHANGHAI, "上海客服中心 Shanghai Service Centre",
                "FRONTLINE_TEAM", BUSINESS_UNIT));
        hr.post("/api/v1/training/departments", unit(CHENGDU, "成都客服中心 Chengdu Service Centre",
                "FRONTLINE_TEAM", BUSINESS_UNIT));
        // Supervisors before their reports: a profile names an existing supervisor.
        for (Member member : List.of(HR, ANALYST, SUPERVISOR, SUPERVISOR_CHENGDU, AGENT, AGENT_2, AGENT_3,
                AGENT_CHENGDU)) {
            Map<String, Object> profile = new HashMap<>();
            profile.put("username", member.username());
            profile.put("role", member.staffRole());
            profile.put("departmentCode", member.department());
            profile.put("supervisor", member.supervisor());
            profile.put("hireDate", member.hireDate());
            profile.put("skills", member.role() == Role.AGENT ? List.of("complaint handling", "普通话 Mandarin",
                    "after-sales policy") : List.of("coaching", "quality review"));
            hr.post("/api/v1/training/staff", profile);
        }
        return 4;
    }

    private static Map<String, Object> unit(String code, String name, String tier, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("tier", tier);
        body.put("parentCode", parent);
        return body;
    }
}
