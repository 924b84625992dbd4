package dev.crm.app.demo;

import java.util.List;

/** Name and place pools for the demo customers: Chinese names shown as hanzi with pinyin. */
final class DemoNames {

    private DemoNames() {
    }

    record Name(String hanzi, String pinyin) {
    }

    /** A city, its tier in the usual Chinese classification, and a phone prefix of its carrier mix. */
    record City(String hanzi, String pinyin, String tier) {
    }

    static final List<Name> SURNAMES = List.of(new Name("王", "Wang"), new Name("李", "Li"), new Name("张", "Zhang"),
            new Name("刘", "Liu"), new Name("陈", "Chen"), new Name("杨", "Yang"), new Name("黄", "Huang"),
            new Name("赵", "Zhao"), new Name("吴", "Wu"), new Name("周", "Zhou"), new Name("徐", "Xu"),
            new Name("孙", "Sun"), new Name("马", "Ma"), new Name("朱", "Zhu"), new Name("胡", "Hu"),
            new Name("郭", "Guo"), new Name("何", "He"), new Name("高", "Gao"), new Name("林", "Lin"),
            new Name("罗", "Luo"), new Name("郑", "Zheng"), new Name("梁", "Liang"), new Name("谢", "Xie"),
            new Name("宋", "Song"), new Name("唐", "Tang"), new Name("许", "Xu"), new Name("韩", "Han"),
            new Name("冯", "Feng"), new Name("邓", "Deng"), new Name("曹", "Cao"));

    static final List<Name> GIVEN_NAMES = List.of(new Name("伟", "Wei"), new Name("芳", "Fang"),
            new Name("娜", "Na"), new Name("秀英", "Xiuying"), new Name("敏", "Min"), new Name("静", "Jing"),
            new Name("丽", "Li"), new Name("强", "Qiang"), new Name("磊", "Lei"), new Name("军", "Jun"),
            new Name("洋", "Yang"), new Name("勇", "Yong"), new Name("艳", "Yan"), new Name("杰", "Jie"),
            new Name("娟", "Juan"), new Name("涛", "Tao"), new Name("明", "Ming"), new Name("超", "Chao"),
            new Name("秀兰", "Xiulan"), new Name("霞", "Xia"), new Name("平", "Ping"), new Name("刚", "Gang"),
            new Name("桂英", "Guiying"), new Name("建华", "Jianhua"), new Name("晓燕", "Xiaoyan"),
            new Name("子涵", "Zihan"), new Name("欣怡", "Xinyi"), new Name("浩然", "Haoran"),
            new Name("雨桐", "Yutong"), new Name("梓萱", "Zixuan"), new Name("宇轩", "Yuxuan"),
            new Name("思远", "Siyuan"), new Name("嘉怡", "Jiayi"), new Name("志强", "Zhiqiang"),
            new Name("文博", "Wenbo"), new Name("佳琪", "Jiaqi"), new Name("俊杰", "Junjie"),
            new Name("海燕", "Haiyan"), new Name("国庆", "Guoqing"), new Name("一鸣", "Yiming"));

    static final List<City> CITIES = List.of(new City("北京", "Beijing", "TIER_1"),
            new City("上海", "Shanghai", "TIER_1"), new City("广州", "Guangzhou", "TIER_1"),
            new City("深圳", "Shenzhen", "TIER_1"), new City("成都", "Chengdu", "NEW_TIER_1"),
            new City("杭州", "Hangzhou", "NEW_TIER_1"), new City("重庆", "Chongqing", "NEW_TIER_1"),
            new City("武汉", "Wuhan", "NEW_TIER_1"), new City("西安", "Xi'an", "NEW_TIER_1"),
            new City("苏州", "Suzhou", "NEW_TIER_1"), new City("南京", "Nanjing", "NEW_TIER_1"),
            new City("无锡", "Wuxi", "TIER_2"), new City("厦门", "Xiamen", "TIER_2"),
            new City("福州", "Fuzhou", "TIER_2"), new City("济南", "Jinan", "TIER_2"),
            new City("合肥", "Hefei", "TIER_2"), new City("洛阳", "Luoyang", "TIER_3"),
            new City("绵阳", "Mianyang", "TIER_3"), new City("桂林", "Guilin", "TIER_3"),
            new City("曲靖", "Qujing", "TIER_4"), new City("安顺", "Anshun", "TIER_5"));

    /** Small businesses buying for their offices and shops: legal name (hanzi and English), industry. */
    static final List<String[]> COMPANIES = List.of(
            new String[] {"杭州青禾茶业有限公司", "Hangzhou Qinghe Tea Co., Ltd.", "retail"},
            new String[] {"上海云帆物流有限公司", "Shanghai Yunfan Logistics Co., Ltd.", "logistics"},
            new String[] {"成都锦城餐饮管理有限公司", "Chengdu Jincheng Catering Management Co., Ltd.", "catering"},
            new String[] {"深圳星河科技有限公司", "Shenzhen Xinghe Technology Co., Ltd.", "technology"},
            new String[] {"苏州湖畔酒店有限公司", "Suzhou Lakeside Hotel Co., Ltd.", "hospitality"},
            new String[] {"武汉长江教育咨询有限公司", "Wuhan Changjiang Education Consulting Co., Ltd.", "education"},
            new String[] {"南京金陵健康管理有限公司", "Nanjing Jinling Health Management Co., Ltd.", "healthcare"},
            new String[] {"广州珠江美容连锁有限公司", "Guangzhou Zhujiang Beauty Chain Co., Ltd.", "beauty"},
            new String[] {"西安古城文化传媒有限公司", "Xi'an Gucheng Culture Media Co., Ltd.", "media"},
            new String[] {"厦门海风民宿管理有限公司", "Xiamen Haifeng Guesthouse Management Co., Ltd.", "hospitality"});
}
