package dev.crm.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContactValuesTest {

    @Test
    void emailDomainIsNormalisedAndLocalPartKept() {
        assertThat(new EmailAddress("  Li.Wei@Example.COM ").value()).isEqualTo("Li.Wei@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a@b", "a@@b.com", "a b@c.com", "@example.com", "x@-bad.com"})
    void malformedEmailsAreRejected(String candidate) {
        assertThat(EmailAddress.isValid(candidate)).isFalse();
        assertThatThrownBy(() -> new EmailAddress(candidate)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emailIsMaskedForListsKeepingTheDomain() {
        assertThat(new EmailAddress("wang.fang@example.cn").masked()).isEqualTo("w***@example.cn");
    }

    @Test
    void phoneSeparatorsAreRemovedAndInternationalPrefixNormalised() {
        assertThat(new PhoneNumber("+86 138-1234 5678").value()).isEqualTo("+8613812345678");
        assertThat(new PhoneNumber("0086 (138) 1234.5678").value()).isEqualTo("+8613812345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "+86 138 abc 5678", "1234567890123456", "++8613812345678"})
    void malformedPhonesAreRejected(String candidate) {
        assertThat(PhoneNumber.isValid(candidate)).isFalse();
    }

    @Test
    void mobileNumbersAreMaskedKeepingFirstThreeAndLastFourDigits() {
        assertThat(new PhoneNumber("13812345678").masked()).isEqualTo("138****5678");
        assertThat(new PhoneNumber("+8613812345678").masked()).isEqualTo("+861******5678");
        assertThat(new PhoneNumber("654321").masked()).isEqualTo("****21");
    }
}
