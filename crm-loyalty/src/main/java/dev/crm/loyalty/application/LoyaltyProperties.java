package dev.crm.loyalty.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultCurrency the currency of the default program seeded on first start
 * @param orderEarning    the pass that turns recorded orders into points awards
 * @param levelReview     the pass that re-evaluates every member's level
 */
@ConfigurationProperties("crm.loyalty")
public record LoyaltyProperties(@DefaultValue("CNY") String defaultCurrency,
                                @DefaultValue OrderEarning orderEarning,
                                @DefaultValue LevelReview levelReview) {

    /**
     * @param enabled  whether this node runs the pass on its schedule
     * @param interval between two passes on one node
     * @param settle   orders recorded less than this long ago wait for the next pass, so a batch still
     *                 being written cannot slip behind the cursor
     * @param batch    orders read per step
     * @param lease    how long one node holds the pass before another may take it over
     */
    public record OrderEarning(@DefaultValue("true") boolean enabled, @DefaultValue("PT1M") Duration interval,
                               @DefaultValue("PT1M") Duration settle, @DefaultValue("500") int batch,
                               @DefaultValue("PT5M") Duration lease) {

        public OrderEarning {
            if (batch < 1 || batch > 10_000) {
                throw new IllegalArgumentException("crm.loyalty.order-earning.batch must be 1-10000");
            }
        }
    }

    /**
     * @param enabled  whether this node runs the review on its schedule
     * @param interval between two reviews on one node
     * @param batch    memberships read per step
     * @param lease    how long one node holds the review before another may take it over
     */
    public record LevelReview(@DefaultValue("true") boolean enabled, @DefaultValue("PT6H") Duration interval,
                              @DefaultValue("500") int batch, @DefaultValue("PT10M") Duration lease) {

        public LevelReview {
            if (batch < 1 || batch > 10_000) {
                throw new IllegalArgumentException("crm.loyalty.level-review.batch must be 1-10000");
            }
        }
    }
}
