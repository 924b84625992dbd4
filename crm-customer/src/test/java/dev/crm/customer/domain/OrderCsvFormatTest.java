package dev.crm.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.core.api.FieldViolation;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OrderCsvFormatTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final OrderCsvFormat full = OrderCsvFormat.fromHeader(
            "customerRef,orderRef,orderedAt,amount,currency,margin,productCategory,channel", SHANGHAI);

    @Test
    void theOptionalColumnsMayBeLeftOutFromTheRight() {
        OrderCsvFormat minimal = OrderCsvFormat.fromHeader("\uFEFFcustomerRef,orderRef,orderedAt,amount,currency",
                SHANGHAI);

        OrderDraft draft = minimal.parse("C1,O1,2026-06-30,10.5,cny", NOW).draft();

        assertThat(draft.currency()).isEqualTo("CNY");
        assertThat(draft.margin()).isNull();
        assertThat(draft.productCategory()).isNull();
    }

    @Test
    void aHeaderInTheWrongOrderOrWithTooFewColumnsIsRefused() {
        assertThatThrownBy(() -> OrderCsvFormat.fromHeader("orderRef,customerRef,orderedAt,amount,currency", SHANGHAI))
                .hasMessageContaining("column 1 must be customerRef");
        assertThatThrownBy(() -> OrderCsvFormat.fromHeader("customerRef,orderRef,orderedAt", SHANGHAI))
                .hasMessageContaining("expected the header");
        assertThatThrownBy(() -> OrderCsvFormat.fromHeader(null, SHANGHAI)).hasMessageContaining("empty");
    }

    @Test
    void bareDatesAndLocalTimesAreInTheBusinessZoneAndInstantsAreKept() {
        assertThat(full.parse("C1,O1,2026-06-30,1,CNY,,,", NOW).draft().orderedAt())
                .isEqualTo(Instant.parse("2026-06-29T16:00:00Z"));
        assertThat(full.parse("C1,O1,2026-06-30T09:30:00,1,CNY,,,", NOW).draft().orderedAt())
                .isEqualTo(Instant.parse("2026-06-30T01:30:00Z"));
        assertThat(full.parse("C1,O1,2026-06-30T09:30:00Z,1,CNY,,,", NOW).draft().orderedAt())
                .isEqualTo(Instant.parse("2026-06-30T09:30:00Z"));
        assertThat(full.parse("C1,O1,2026-06-30T09:30:00+02:00,1,CNY,,,", NOW).draft().orderedAt())
                .isEqualTo(Instant.parse("2026-06-30T07:30:00Z"));
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() {
        OrderDraft draft = full.parse("\"C,1\",O1,2026-06-30,1,CNY,,\"toys, \"\"premium\"\"\",web", NOW).draft();

        assertThat(draft.customerRef()).isEqualTo("C,1");
        assertThat(draft.productCategory()).isEqualTo("toys, \"premium\"");
        assertThat(draft.channel()).isEqualTo("web");
    }

    @Test
    void everyFaultOfARowIsReportedOnceNamingItsField() {
        OrderCsvFormat.ParsedRow row = full.parse(",,yesterday,-1,EURO,abc,,", NOW);

        assertThat(row.isValid()).isFalse();
        assertThat(row.faults()).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("customerRef", "orderRef", "orderedAt", "amount", "currency", "margin");
    }

    @Test
    void wrongFieldCountsAndOpenQuotesAreRowFaults() {
        assertThat(full.parse("C1,O1,2026-06-30,1,CNY", NOW).faults()).extracting(FieldViolation::message)
                .containsExactly("expected 8 fields but found 5");
        assertThat(full.parse("\"C1,O1,2026-06-30,1,CNY,,,", NOW).faults()).extracting(FieldViolation::message)
                .containsExactly("unbalanced quotes");
    }

    @Test
    void futureOrdersAndMarginsAboveTheAmountAreRefused() {
        assertThat(full.parse("C1,O1,2027-01-01,10,CNY,,,", NOW).faults()).extracting(FieldViolation::field)
                .containsExactly("orderedAt");
        assertThat(full.parse("C1,O1,2026-01-01,10,CNY,11,,", NOW).faults()).extracting(FieldViolation::field)
                .containsExactly("margin");
    }
}
