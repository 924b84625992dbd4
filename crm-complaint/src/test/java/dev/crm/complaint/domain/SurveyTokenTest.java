package dev.crm.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveyTokenTest {

    private static final byte[] KEY = "a-survey-key-of-thirty-two-bytes!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_KEY = "another-key-of-thirty-two-bytes!!".getBytes(StandardCharsets.UTF_8);

    @Test
    void anIssuedTokenIsUrlSafeUniqueAndAuthenticUnderItsKeyOnly() {
        SecureRandom random = new SecureRandom();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            tokens.add(SurveyToken.issue(KEY, random));
        }
        String token = tokens.iterator().next();

        assertThat(tokens).hasSize(200).allSatisfy(t -> assertThat(t).hasSize(64).matches("[A-Za-z0-9_-]+"));
        assertThat(SurveyToken.isAuthentic(token, KEY)).isTrue();
        assertThat(SurveyToken.isAuthentic(token, OTHER_KEY)).isFalse();
    }

    @Test
    void aTamperedTruncatedOrMalformedTokenIsNotAuthentic() {
        String token = SurveyToken.issue(KEY, new SecureRandom());
        char last = token.charAt(10);
        String tampered = token.substring(0, 10) + (last == 'A' ? 'B' : 'A') + token.substring(11);

        assertThat(SurveyToken.isAuthentic(tampered, KEY)).isFalse();
        assertThat(SurveyToken.isAuthentic(token.substring(0, 63), KEY)).isFalse();
        assertThat(SurveyToken.isAuthentic(token + "A", KEY)).isFalse();
        assertThat(SurveyToken.isAuthentic("!".repeat(64), KEY)).isFalse();
        assertThat(SurveyToken.isAuthentic(null, KEY)).isFalse();
    }

    @Test
    void theStoredLookupHashIsStableKeyedAndNotTheToken() {
        String token = SurveyToken.issue(KEY, new SecureRandom());

        assertThat(SurveyToken.lookupHash(token, KEY)).isEqualTo(SurveyToken.lookupHash(token, KEY))
                .isNotEqualTo(SurveyToken.lookupHash(token, OTHER_KEY))
                .doesNotContain(token).hasSize(64);
    }
}
