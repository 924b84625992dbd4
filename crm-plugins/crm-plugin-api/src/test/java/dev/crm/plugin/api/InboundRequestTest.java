package dev.crm.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InboundRequestTest {

    private static InboundRequest withHeaders(Map<String, List<String>> headers) {
        return new InboundRequest("POST", "/api/v1/channels/sms/inbound", headers, null, null, "203.0.113.7");
    }

    private static InboundRequest withQuery(Map<String, List<String>> query) {
        return new InboundRequest("GET", "/api/v1/channels/wechat/inbound", null, query, null, null);
    }

    @Test
    void headersAreFoundWhateverTheCaseOfTheirName() {
        InboundRequest request = withHeaders(Map.of("X-Signature", List.of("abc")));

        assertThat(request.header("x-signature")).contains("abc");
        assertThat(request.header("X-SIGNATURE")).contains("abc");
        assertThat(request.headers().get("x-Signature")).containsExactly("abc");
        assertThat(request.headers()).containsKey("X-Signature");
        assertThat(request.header("X-Token")).isEmpty();
        assertThat(request.headerValues("X-Token")).isEmpty();
    }

    @Test
    void spellingsOfOneHeaderNameAreMerged() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Signature", List.of("abc"));
        headers.put("x-signature", List.of("def"));

        InboundRequest request = withHeaders(headers);

        assertThat(request.headers()).hasSize(1).containsOnlyKeys("x-signature");
        assertThat(request.headerValues("X-Signature")).containsExactly("abc", "def");
    }

    @Test
    void headersAreACopyThatCannotBeChanged() {
        List<String> values = new ArrayList<>(List.of("abc"));
        Map<String, List<String>> headers = new HashMap<>(Map.of("X-Signature", values));
        InboundRequest request = withHeaders(headers);

        values.add("forged");
        headers.put("X-Token", List.of("t"));

        assertThat(request.headerValues("x-signature")).containsExactly("abc").isUnmodifiable();
        assertThat(request.headers()).doesNotContainKey("x-token").isUnmodifiable();
    }

    @Test
    void aHeaderWithoutValuesIsPresentButHasNoFirstValue() {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("X-Empty", null);

        InboundRequest request = withHeaders(headers);

        assertThat(request.headers()).containsKey("x-empty");
        assertThat(request.header("X-Empty")).isEmpty();
    }

    @Test
    void headerAndParameterNamesMustNotBeEmpty() {
        assertThatIllegalArgumentException().isThrownBy(() -> withHeaders(Map.of("", List.of("x"))));
        Map<String, List<String>> nullName = new HashMap<>();
        nullName.put(null, List.of("x"));
        assertThatIllegalArgumentException().isThrownBy(() -> withHeaders(nullName));
        assertThatIllegalArgumentException().isThrownBy(() -> withQuery(Map.of("", List.of("x"))));
    }

    @Test
    void queryParametersAreCaseSensitiveKeepTheirOrderAndAreACopy() {
        List<String> values = new ArrayList<>(List.of("1700000000"));
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("timestamp", values);
        query.put("nonce", List.of("n1"));
        query.put("signature", List.of("s1"));
        InboundRequest request = withQuery(query);

        values.set(0, "forged");
        query.remove("nonce");

        assertThat(request.queryParameter("timestamp")).contains("1700000000");
        assertThat(request.queryParameter("Timestamp")).isEmpty();
        assertThat(request.queryParameters().keySet()).containsExactly("timestamp", "nonce", "signature");
        assertThat(request.queryParameters()).isUnmodifiable();
        assertThat(request.queryParameters().get("timestamp")).isUnmodifiable();
    }

    @Test
    void theBodyCannotBeChangedFromOutside() {
        byte[] body = "{\"msg\":1}".getBytes(StandardCharsets.UTF_8);
        InboundRequest request = new InboundRequest("POST", "/inbound", null, null, body, null);

        body[0] = 'X';
        request.body()[1] = 'Y';

        assertThat(request.bodyAsUtf8()).isEqualTo("{\"msg\":1}");
    }

    @Test
    void absentPartsAreEmpty() {
        InboundRequest request = new InboundRequest("POST", "/inbound", null, null, null, null);

        assertThat(request.headers()).isEmpty();
        assertThat(request.queryParameters()).isEmpty();
        assertThat(request.body()).isEmpty();
        assertThat(request.remoteAddress()).isNull();
    }

    @Test
    void aRequestNeedsAMethodAndAPath() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InboundRequest(" ", "/inbound", null, null, null, null));
        assertThatNullPointerException().isThrownBy(() -> new InboundRequest(null, "/inbound", null, null, null, null));
        assertThatNullPointerException().isThrownBy(() -> new InboundRequest("POST", null, null, null, null, null));
    }

    @Test
    void requestsWithTheSameBytesAreEqual() {
        InboundRequest one = new InboundRequest("POST", "/inbound", Map.of("X-A", List.of("1")), null, new byte[] {1, 2}, null);
        InboundRequest same = new InboundRequest("POST", "/inbound", Map.of("x-a", List.of("1")), null, new byte[] {1, 2}, null);
        InboundRequest otherBody = new InboundRequest("POST", "/inbound", Map.of("X-A", List.of("1")), null, new byte[] {1, 3}, null);

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(otherBody);
    }

    @Test
    void theTextFormLeavesOutHeadersAndBody() {
        InboundRequest request = new InboundRequest("POST", "/inbound", Map.of("Authorization", List.of("Bearer secret")),
                null, "my phone is +8613812345678".getBytes(StandardCharsets.UTF_8), "203.0.113.7");

        assertThat(request.toString()).doesNotContain("secret").doesNotContain("8613812345678").contains("POST /inbound");
    }
}
