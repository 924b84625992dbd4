package dev.crm.app.demo;

import java.util.List;

/** What customers complain about in the demo, and what the agents did about it. */
final class DemoComplaintTexts {

    private DemoComplaintTexts() {
    }

    /** One kind of case: type, product, the customer's words, the demand and a solution. */
    record Case(String type, String productReference, String productCategory, String description, String demand,
                String expected, String solution) {
    }

    static final Case KETTLE = new Case("PRODUCT_QUALITY", "KT-2201", "small appliances",
            "智能电热水壶使用两周后无法加热，指示灯闪烁 The KT-2201 smart kettle stopped heating after two weeks; the light blinks",
            "更换新品 Replace the kettle", "一周内收到新壶 A new kettle within a week",
            "温控器批次缺陷，已寄出新品并上门取回旧壶 Thermostat batch defect: new kettle sent, old one collected");

    static final List<Case> CASES = List.of(KETTLE,
            new Case("PRODUCT_QUALITY", "AF-3100", "kitchen appliances",
                    "空气炸锅内胆涂层脱落 The air fryer's basket coating is peeling off",
                    "退货退款 Return it for a refund", "全额退款 A full refund",
                    "确认涂层质量问题，办理退货并全额退款 Coating defect confirmed; return accepted, full refund"),
            new Case("PRODUCT_QUALITY", "RV-5200", "electronics",
                    "扫地机器人无法在充电座上充电 The robot vacuum will not charge on its dock",
                    "上门检修 Send a technician", "三天内修好 Fixed within three days",
                    "更换充电座触点，工程师上门测试正常 Dock contacts replaced on site; tested working"),
            new Case("SERVICE", null, null,
                    "售后工程师迟到三小时且未提前通知 The service engineer came three hours late without calling",
                    "道歉并补偿 An apology and compensation", "以后准时 Punctual visits",
                    "致歉并补偿50元，调整派单规则提前通知 Apologised, CNY 50 compensation, visits now confirmed by SMS"),
            new Case("SERVICE", null, null,
                    "客服热线等待超过20分钟无人接听 Waited over 20 minutes on the hotline",
                    "尽快回电 Call me back today", "及时接听 Answer faster",
                    "当日回电解决原问题并致歉 Called back the same day, solved the original question, apologised"),
            new Case("PROCESS", null, "consumer goods",
                    "退货申请提交一周仍未审核 My return request has not been reviewed for a week",
                    "尽快办理退货 Process the return now", "三天内退款 Refund within three days",
                    "加急审核通过，退款已原路返回 Review expedited; refunded to the original payment"),
            new Case("PROCESS", null, null,
                    "开具发票需多次补充材料 The invoice needed documents three times over",
                    "一次性说明所需材料 Tell me everything needed at once", "本周开出发票 Invoice this week",
                    "发票已开具，并更新材料清单 Invoice issued; checklist of documents updated"),
            new Case("PRICE", "AF-3100", "kitchen appliances",
                    "下单第二天降价，要求补差价 The price dropped the day after I ordered",
                    "退还差价 Refund the difference", "退还差价 The difference back",
                    "按价保政策退还差价80元 Price protection applied: CNY 80 refunded"),
            new Case("PRICE", null, "consumer goods",
                    "结算价格与页面标价不一致 I was charged more than the listed price",
                    "按标价结算 Charge the listed price", "退还多收款 The overcharge back",
                    "核实系统价格未同步，已退还多收款 Price feed was out of sync; overcharge refunded"),
            new Case("COMMUNICATION", null, null,
                    "两位客服答复前后矛盾 Two agents told me opposite things",
                    "给出明确答复 A clear answer", "书面确认 A written confirmation",
                    "主管统一口径并书面回复客户 Supervisor confirmed the policy to the customer in writing"),
            new Case("INFORMATION_ERROR", null, "electronics",
                    "物流显示已签收但未收到包裹 Tracking says delivered but nothing arrived",
                    "查明包裹去向 Find my parcel", "重新发货 Ship it again",
                    "快递误投，已找回并重新派送 Misdelivered by the courier; recovered and redelivered"),
            new Case("INFORMATION_ERROR", "RV-5200", "electronics",
                    "商品详情页功率参数错误 The product page lists the wrong wattage",
                    "更正信息 Correct the page", "更正并说明 Correction and an explanation",
                    "已更正详情页参数并致电说明 Page corrected; customer called with the right figures"),
            new Case("SYSTEM", null, null,
                    "APP积分兑换页面一直报错 The app's points redemption page keeps failing",
                    "恢复兑换功能 Fix the redemption", "今天能兑换 Redeem today",
                    "修复接口超时问题，协助客户完成兑换 Timeout fixed; helped the customer redeem"),
            new Case("SYSTEM", null, null,
                    "微信公众号绑定会员失败 I cannot bind my membership in the WeChat account",
                    "协助绑定 Help me bind it", "绑定成功 Bound account",
                    "后台解除旧绑定后重新绑定成功 Old binding removed; new binding works"),
            new Case("OTHER", null, null,
                    "门店停车场收费未提前告知 The store car park charged me without notice",
                    "退还停车费 Refund the parking fee", "门店公示收费 Fees posted at the entrance",
                    "退还停车费，门店已张贴收费公示 Parking fee refunded; notice posted at the entrance"));

    static final String[] PHONE_REPLIES = {
        "已致电客户确认问题细节 Called the customer to confirm the details",
        "已回电告知处理进度 Called back with the progress",
        "已向客户致歉并说明处理方案 Apologised and explained the plan"};
    static final String[] WRITTEN_REPLIES = {
        "您好，您的问题已受理，我们将在24小时内给出方案。Your case is accepted; a plan follows within 24 hours.",
        "您好，工程师已安排，稍后联系您。An engineer is booked and will contact you shortly.",
        "您好，已为您加急处理，感谢耐心等待。We have expedited your case; thank you for your patience."};
}
