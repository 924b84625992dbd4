package dev.crm.app.demo;

import dev.crm.app.demo.DemoCustomers.Customer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * "悦享会员 Joy Members": a program with four levels, earn rules and a reward catalogue, defined before
 * the orders arrive, so the order earning pass enrols buyers and credits their orders by itself (it
 * runs every minute; points from orders appear within a minute or two after the seeding). Some
 * members bring an opening balance from the old card system, earn referral points, redeem vouchers
 * and gifts, and hold a promotion lot that expires in three weeks.
 */
final class DemoLoyalty {

    private final Instant now;
    private String programId;
    private long redemptions;
    private long postings;
    private long members;

    DemoLoyalty(Instant now) {
        this.now = now;
    }

    long redemptions() {
        return redemptions;
    }

    long postings() {
        return postings;
    }

    long members() {
        return members;
    }

    /** Program and catalogue, as an administrator sets them up (ADMIN only in the API). */
    void define(DemoApi.Caller admin) {
        Map<String, Object> program = new HashMap<>();
        program.put("name", "悦享会员 Joy Members");
        program.put("currency", "CNY");
        program.put("qualificationWindowMonths", 12);
        program.put("downgrade", Map.of("graceDays", 30));
        program.put("enrolment", "AUTOMATIC");
        program.put("levels", List.of(
                level("MEMBER", "普通会员 Member", 1, 0, "1", false, null),
                level("SILVER", "银卡会员 Silver", 2, 1500, "1.2", false, "3"),
                level("GOLD", "金卡会员 Gold", 3, 5000, "1.5", true, "5"),
                level("PLATINUM", "铂金会员 Platinum", 4, 12000, "2", true, "8")));
        program.put("earnRules", List.of(
                Map.of("code", "SPEND", "kind", "PER_CURRENCY_UNIT", "pointsPerUnit", "1"),
                Map.of("code", "APP_SPEND", "kind", "PER_CURRENCY_UNIT", "pointsPerUnit", "2", "channels", List.of("app")),
                Map.of("code", "WELCOME", "kind", "WELCOME", "points", 200, "multipliedByLevel", false),
                Map.of("code", "REFERRAL", "kind", "REFERRAL", "points", 500),
                Map.of("code", "ACTIVITY", "kind", "ACTIVITY", "points", 100,
                        "cap", Map.of("points", 300, "period", "MONTH"))));
        programId = admin.post("/api/v1/loyalty/programs", program).get("id").asString();
        admin.post("/api/v1/loyalty/rewards", reward("VOUCHER_50", "50元代金券 CNY 50 voucher", "DISCOUNT_VOUCHER",
                2500, null, 5, 90));
        admin.post("/api/v1/loyalty/rewards", reward("THERMOS_CUP", "定制保温杯 Branded thermos cup", "GIFT", 4000, 100L,
                1, 60));
        admin.post("/api/v1/loyalty/rewards", reward("PRIORITY_LINE", "专属客服通道 Priority service line",
                "PRIORITY_SERVICE", 1500, null, 2, 30));
    }

    /**
     * Members who matter for the story: enrolled by an agent, an opening balance moved over by a
     * supervisor, referral points, redemptions (one voucher used, one redemption cancelled), and a
     * promotion lot expiring soon.
     */
    void work(List<Customer> customers, DemoApi.Caller agent, DemoApi.Caller supervisor) {
        List<Customer> chosen = customers.subList(0, Math.min(14, customers.size()));
        for (int i = 0; i < chosen.size(); i++) {
            Customer member = chosen.get(i);
            agent.post("/api/v1/loyalty/programs/" + programId + "/members", Map.of("customerId", member.id()));
            members++;
            supervisor.postOnce(transactions(member), "opening-" + member.ref(), Map.of("type", "ADJUST",
                    "points", 4200 + 500 * i, "reference", "card-migration:" + member.ref(),
                    "reason", "旧会员卡积分迁移 balance moved from the old member card system"));
            postings++;
            if (i % 3 == 0) {
                agent.post("/api/v1/loyalty/members/" + member.id() + "/awards",
                        Map.of("kind", "REFERRAL", "reference", "referred:" + customers.get(customers.size() - 1 - i).ref()));
                postings++;
            }
        }
        for (int i = 0; i < 6; i++) {
            Customer member = chosen.get(i);
            String reward = i % 3 == 2 ? "THERMOS_CUP" : "VOUCHER_50";
            JsonNode redemption = agent.postOnce("/api/v1/loyalty/members/" + member.id() + "/redemptions",
                    "redeem-" + member.ref() + "-" + reward, Map.of("rewardCode", reward));
            redemptions++;
            if (i == 0) {
                agent.post("/api/v1/loyalty/vouchers/" + redemption.get("voucherCode").asString() + "/use", Map.of());
            }
            if (i == 4) {
                supervisor.post("/api/v1/loyalty/redemptions/" + redemption.get("id").asString() + "/cancellation",
                        Map.of("reason", "客户改变主意 customer changed their mind"));
            }
        }
        Instant soon = now.plus(Duration.ofDays(21));
        for (int i = 6; i < 11 && i < chosen.size(); i++) {
            Customer member = chosen.get(i);
            supervisor.postOnce(transactions(member), "promo-" + member.ref(), Map.of("type", "EARN", "points", 300,
                    "kind", "PROMOTION", "reference", "promotion:double-11:" + member.ref(),
                    "reason", "双十一加赠积分 Double 11 bonus, valid three weeks", "expiresAt", soon.toString()));
            postings++;
        }
    }

    private static String transactions(Customer member) {
        return "/api/v1/loyalty/accounts/" + member.id() + "/transactions";
    }

    private static Map<String, Object> level(String code, String name, int rank, long points, String multiplier,
                                             boolean priority, String discount) {
        Map<String, Object> level = new HashMap<>();
        level.put("code", code);
        level.put("name", name);
        level.put("rank", rank);
        level.put("qualifyingPoints", points);
        level.put("earnMultiplier", multiplier);
        level.put("priorityService", priority);
        level.put("discountPercent", discount);
        return level;
    }

    private static Map<String, Object> reward(String code, String name, String kind, long price, Long stock,
                                              int perCustomer, int validityDays) {
        Map<String, Object> reward = new HashMap<>();
        reward.put("code", code);
        reward.put("name", name);
        reward.put("kind", kind);
        reward.put("pointsPrice", price);
        reward.put("stock", stock);
        reward.put("perCustomerLimit", perCustomer);
        reward.put("voucherValidityDays", validityDays);
        return reward;
    }
}
