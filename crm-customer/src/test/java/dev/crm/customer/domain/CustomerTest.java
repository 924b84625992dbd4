package dev.crm.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.EmailAddress;
import dev.crm.core.api.InvalidInputException;
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
        Customer customer = Customer.register("  Wang Fang ", new EmailAddress("Wang@Example.com"), null, " ",
                "", Set.of("VIP ", "vip", " Beijing"), "li.wei", NOW);

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
        assertThatThrownBy(() -> Customer.register(" ", null, null, null, null, Set.of(), "li.wei", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("displayName"));
    }

    @Test
    void tagsAreCapped() {
        Set<String> tags = IntStream.rangeClosed(1, Customer.MAX_TAGS + 1).mapToObj(i -> "tag" + i)
                .collect(Collectors.toCollection(HashSet::new));
        assertThatThrownBy(() -> Customer.register("Too tagged", null, null, null, null, tags, "li.wei", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("tags"));
    }
}
