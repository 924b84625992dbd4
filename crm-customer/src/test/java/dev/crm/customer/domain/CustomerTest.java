package dev.crm.customer.domain;

import static dev.crm.customer.domain.CustomerProfileBuilder.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.BusinessRuleViolationException;
import dev.crm.core.api.FieldViolation;
import dev.crm.core.api.InvalidInputException;
import dev.crm.customer.api.ContactChannel;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void registeringNormalisesNameTagsAndBlankOptionals() {
        Customer customer = Customer.register(aProfile().named("  Wang Fang ").email("Wang@Example.com")
                .externalRef(" ").region("").tags(Set.of("VIP ", "vip", " Beijing")).build(), "li.wei", NOW);

        assertThat(customer.getDisplayName()).isEqualTo("Wang Fang");
        assertThat(customer.getSearchName()).isEqualTo("wang fang");
        assertThat(customer.getTags()).containsExactlyInAnyOrder("vip", "beijing");
        assertThat(customer.getExternalRef()).isNull();
        assertThat(customer.getRegion()).isNull();
        assertThat(customer.getEmail().value()).isEqualTo("Wang@example.com");
        assertThat(customer.getCreatedAt()).isEqualTo(NOW);
        assertThat(customer.getCreatedBy()).isEqualTo("li.wei");
    }

    @Test
    void aCustomerNeedsAName() {
        assertThatThrownBy(() -> Customer.register(aProfile().named(" ").build(), "li.wei", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("displayName"));
    }

    @Test
    void tagsAreCapped() {
        Set<String> tags = IntStream.rangeClosed(1, CustomerProfile.MAX_TAGS + 1).mapToObj(i -> "tag" + i)
                .collect(Collectors.toCollection(HashSet::new));
        assertThatThrownBy(() -> Customer.register(aProfile().tags(tags).build(), "li.wei", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("tags"));
    }

    @Test
    void aPreferredChannelNeedsConsent() {
        assertThatThrownBy(() -> Customer.register(aProfile().email("w@example.com").prefers(ContactChannel.EMAIL)
                .build(), "li.wei", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("preferredChannel"));
    }

    @Test
    void aPreferredChannelNeedsItsContact() {
        assertThatThrownBy(() -> Customer.register(aProfile().consentsTo(ContactChannel.WECHAT)
                .prefers(ContactChannel.WECHAT).build(), "li.wei", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("WeChat openid"));

        Customer reachable = Customer.register(aProfile().wechatOpenId("oXyZ123").consentsTo(ContactChannel.WECHAT)
                .prefers(ContactChannel.WECHAT).build(), "li.wei", NOW);
        assertThat(reachable.getPreferredChannel()).isEqualTo(ContactChannel.WECHAT);
    }

    @Test
    void erasingRemovesPersonalDataAndForbidsFurtherRevision() {
        Customer customer = Customer.register(aProfile().email("w@example.com").phone("13812345678")
                .wechatOpenId("oXyZ123").externalRef("ERP-1").region("Beijing").build(), "li.wei", NOW);

        customer.erase("admin.zhao", NOW.plusSeconds(60));

        assertThat(customer.isErased()).isTrue();
        assertThat(customer.getDisplayName()).isEqualTo("Erased customer");
        assertThat(customer.getEmail()).isNull();
        assertThat(customer.getPhone()).isNull();
        assertThat(customer.getWechatOpenId()).isNull();
        assertThat(customer.getExternalRef()).isNull();
        assertThat(customer.getRegion()).isNull();
        assertThatThrownBy(() -> customer.revise(aProfile().build(), "li.wei", NOW.plusSeconds(120)))
                .isInstanceOf(BusinessRuleViolationException.class);
    }
}
