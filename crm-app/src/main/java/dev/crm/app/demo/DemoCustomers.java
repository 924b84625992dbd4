package dev.crm.app.demo;

import dev.crm.app.demo.DemoNames.City;
import dev.crm.app.demo.DemoNames.Name;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * About 200 customers with contacts and consent, and about 1,500 orders over the last year, drawn
 * so that RFM, lifetime value, tiers and lifecycle stages come out varied: one-time buyers, regulars,
 * heavy buyers, customers who stopped buying months ago, and small businesses.
 */
final class DemoCustomers {

    static final int CUSTOMERS = 200;
    private static final String[] CATEGORIES = {"small appliances", "kitchen appliances", "electronics",
        "personal care", "consumer goods"};
    private static final String[] ORDER_CHANNELS = {"tmall", "jd", "wechat-mall", "store", "app"};
    private static final String[] MOBILE_PREFIXES = {"138", "139", "136", "150", "186", "177", "135", "158"};
    private static final String[] TAGS = {"app-user", "member-day-2026", "618-buyer", "double-11-buyer",
        "warranty-extended", "referral"};

    /** A demo customer as registered: what the complaint and loyalty stories need to know. */
    record Customer(String id, String ref, String displayName, String phone, String email, String preferredChannel,
                    boolean phoneOnly, String city, Profile profile) {
    }

    /** How a customer buys: number of orders, first and last order day, typical basket. */
    record Profile(int orders, int firstDayAgo, int lastDayAgo, double basket) {
    }

    private final Random random;
    private final Instant now;
    private final List<Customer> customers = new ArrayList<>();
    private long orders;

    DemoCustomers(Random random, Instant now) {
        this.random = random;
        this.now = now;
    }

    List<Customer> customers() {
        return Collections.unmodifiableList(customers);
    }

    long orders() {
        return orders;
    }

    /**
     * Registers the customers, several agents at once (each answer costs a password check, so this
     * is the part worth running in parallel; nothing here depends on the clock).
     */
    void register(List<DemoApi.Caller> registrars) {
        List<Map<String, Object>> bodies = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            bodies.add(profile(i, names));
            profiles.add(buying(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(registrars.size());
        try {
            List<Future<JsonNode>> created = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                DemoApi.Caller registrar = registrars.get(i % registrars.size());
                Map<String, Object> body = bodies.get(i);
                created.add(pool.submit(() -> registrar.post("/api/v1/customers", body)));
            }
            for (int i = 0; i < created.size(); i++) {
                JsonNode customer = join(created.get(i));
                Map<String, Object> body = bodies.get(i);
                String preferred = String.valueOf(body.get("preferredChannel"));
                customers.add(new Customer(customer.get("id").asString(), (String) body.get("externalRef"),
                        (String) body.get("displayName"), (String) body.get("phone"), (String) body.get("email"),
                        preferred, "PHONE".equals(preferred), (String) body.get("region"), profiles.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The order history as one CSV import (the integrator's way in), awaited to the end. */
    JsonNode importOrders(DemoApi.Caller integrator, Function<String, JsonNode> awaitJob) {
        StringBuilder csv = new StringBuilder("customerRef,orderRef,orderedAt,amount,currency,margin,productCategory,channel\n");
        int sequence = 0;
        for (Customer customer : customers) {
            Profile profile = customer.profile();
            List<Integer> days = new ArrayList<>();
            days.add(profile.firstDayAgo());
            if (profile.orders() > 1) {
                days.add(profile.lastDayAgo());
            }
            for (int k = 2; k < profile.orders(); k++) {
                days.add(profile.lastDayAgo() + random.nextInt(profile.firstDayAgo() - profile.lastDayAgo() + 1));
            }
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            for (int day : days) {
                Instant orderedAt = now.minus(day, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS)
                        .plus(Duration.ofMinutes(8 * 60 + random.nextInt(13 * 60)));
                BigDecimal amount = BigDecimal.valueOf(profile.basket() * Math.exp(random.nextGaussian() * 0.45))
                        .max(BigDecimal.valueOf(19.9)).setScale(2, RoundingMode.HALF_UP);
                BigDecimal margin = amount.multiply(BigDecimal.valueOf(0.18 + random.nextInt(12) / 100.0))
                        .setScale(2, RoundingMode.HALF_UP);
                if (random.nextInt(4) == 0) {
                    category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                }
                sequence++;
                String orderRef = "SO-" + LocalDate.ofInstant(orderedAt, ZoneOffset.UTC).toString().replace("-", "")
                        + "-" + String.format("%05d", sequence);
                csv.append(customer.ref()).append(',').append(orderRef).append(',').append(orderedAt).append(',')
                        .append(amount.toPlainString()).append(",CNY,").append(margin.toPlainString()).append(',')
                        .append(category).append(',').append(ORDER_CHANNELS[random.nextInt(ORDER_CHANNELS.length)])
                        .append('\n');
            }
        }
        JsonNode job = integrator.postCsv("/api/v1/orders/import", csv.toString());
        JsonNode done = awaitJob.apply(job.get("id").asString());
        orders = done.get("rowsSucceeded").asLong();
        return done;
    }

    /** The predictive model over the year's orders, then the scoring run that uses it. */
    void value(DemoApi.Caller analyst, Function<String, JsonNode> awaitJob) {
        String today = LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
        JsonNode fit = analyst.post("/api/v1/clv/fits", Map.of("asOf", today, "timeUnit", "WEEKS"));
        awaitJob.apply(fit.get("id").asString());
        JsonNode run = analyst.post("/api/v1/customer-scoring/runs", Map.of("asOf", today));
        awaitJob.apply(run.get("id").asString());
    }

    private Map<String, Object> profile(int index, Set<String> names) {
        boolean company = index % 20 == 7;
        City city = DemoNames.CITIES.get(cityIndex());
        Name surname = DemoNames.SURNAMES.get(random.nextInt(DemoNames.SURNAMES.size()));
        Name given = DemoNames.GIVEN_NAMES.get(random.nextInt(DemoNames.GIVEN_NAMES.size()));
        String hanzi = surname.hanzi() + given.hanzi();
        String pinyin = surname.pinyin() + " " + given.pinyin();
        String handle = (given.pinyin() + "." + surname.pinyin()).toLowerCase().replace("'", "");
        Map<String, Object> body = new HashMap<>();
        String ref = String.format("ERP-C%04d", index + 1);
        body.put("externalRef", ref);
        // Unique per customer: the suffixes of two customers are at least 71 apart.
        body.put("phone", "+86" + MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                + (10_000_000 + index * 371 + random.nextInt(300)));
        body.put("region", city.hanzi() + " " + city.pinyin());
        body.put("cityTier", city.tier());
        if (company) {
            String[] firm = DemoNames.COMPANIES.get((index / 20) % DemoNames.COMPANIES.size());
            body.put("displayName", firm[0] + " " + firm[1].replace(" Co., Ltd.", ""));
            body.put("legalName", firm[0] + " (" + firm[1] + ")");
            body.put("industry", firm[2]);
            body.put("email", "purchasing." + String.format("%03d", index) + "@example.com");
            body.put("consents", List.of("EMAIL", "PHONE"));
            body.put("preferredChannel", "EMAIL");
            return body;
        }
        String display = hanzi + " " + pinyin;
        if (!names.add(display)) {
            display = display + " (" + city.hanzi() + ")";
            names.add(display);
        }
        body.put("displayName", display);
        body.put("gender", given.pinyin().matches("Fang|Na|Xiuying|Jing|Li|Yan|Juan|Xiulan|Xia|Guiying|Xiaoyan|Xinyi"
                + "|Yutong|Zixuan|Jiayi|Jiaqi|Haiyan") ? "FEMALE" : random.nextInt(10) == 0 ? "UNDISCLOSED" : "MALE");
        body.put("ageBand", List.of("AGE_18_24", "AGE_25_34", "AGE_25_34", "AGE_35_44", "AGE_35_44", "AGE_45_54",
                "AGE_55_64", "AGE_65_PLUS").get(random.nextInt(8)));
        body.put("incomeBand", List.of("LOWER_MIDDLE", "MIDDLE", "MIDDLE", "UPPER_MIDDLE", "HIGH", "LOW")
                .get(random.nextInt(6)));
        body.put("tags", List.of(TAGS[random.nextInt(TAGS.length)]));
        // Who can be reached how: older customers often only by phone (so their surveys are return-visit
        // calls), the rest by WeChat, e-mail or SMS as they agreed.
        int reach = random.nextInt(10);
        if (reach < 4) {
            body.put("consents", List.of("PHONE"));
            body.put("preferredChannel", "PHONE");
        } else if (reach < 7) {
            body.put("wechatOpenId", "o" + handle.replace(".", "") + String.format("%06d", index * 7919 % 1_000_000));
            body.put("consents", List.of("WECHAT", "SMS", "PHONE"));
            body.put("preferredChannel", "WECHAT");
        } else if (reach < 9) {
            body.put("email", handle + String.format("%03d", index) + "@example.com");
            body.put("consents", List.of("EMAIL", "PHONE"));
            body.put("preferredChannel", "EMAIL");
        } else {
            body.put("consents", List.of("SMS", "PHONE"));
            body.put("preferredChannel", "SMS");
        }
        return body;
    }

    /** Bigger cities more often, as the customer base of a national brand is. */
    private int cityIndex() {
        int roll = random.nextInt(100);
        if (roll < 35) {
            return random.nextInt(4);
        }
        if (roll < 70) {
            return 4 + random.nextInt(7);
        }
        if (roll < 90) {
            return 11 + random.nextInt(5);
        }
        return 16 + random.nextInt(5);
    }

    private Profile buying(int index) {
        if (index % 20 == 7) {
            return new Profile(18 + random.nextInt(12), 300 + random.nextInt(60), 1 + random.nextInt(20), 2600);
        }
        int kind = random.nextInt(20);
        if (kind < 3) {
            int day = 5 + random.nextInt(355);
            return new Profile(1, day, day, 260);
        }
        if (kind < 7) {
            int first = 260 + random.nextInt(100);
            return new Profile(2 + random.nextInt(4), first, 200 + random.nextInt(first - 200), 300);
        }
        if (kind < 16) {
            int first = 90 + random.nextInt(270);
            return new Profile(4 + random.nextInt(7), first, 1 + random.nextInt(40), 330);
        }
        int first = 250 + random.nextInt(110);
        return new Profile(11 + random.nextInt(10), first, 1 + random.nextInt(15), 520);
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoSeedingException("interrupted while registering customers", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DemoSeedingException("registering customers failed", e.getCause());
        }
    }
}
