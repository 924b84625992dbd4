package dev.crm.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedHistoryTest {

    @Test
    void cutsAtTheAttributionLine() {
        assertThat(QuotedHistory.strip("""
                Thanks, that works.

                On Mon, 23 Nov 2026 at 10:00, CRM Support <support@crm.test> wrote:
                Your complaint was received.
                """)).isEqualTo("Thanks, that works.");
    }

    @Test
    void cutsAtAnAttributionWrappedOntoTwoLines() {
        assertThat(QuotedHistory.strip("""
                Thanks.
                On Mon, 23 Nov 2026 at 10:00, CRM Support Team of the Example Company <support@crm.test>
                wrote:
                old text
                """)).isEqualTo("Thanks.");
    }

    @Test
    void dropsQuotedLinesButKeepsInterleavedAnswers() {
        assertThat(QuotedHistory.strip("""
                > Which model?
                The K-200.
                  > When did you buy it?
                In March.
                """)).isEqualTo("The K-200.\nIn March.");
    }

    @Test
    void cutsAtAnOutlookOriginalMessageSeparator() {
        assertThat(QuotedHistory.strip("See below.\n\n-----Original Message-----\nFrom: CRM\n")).isEqualTo("See below.");
    }

    @Test
    void leavesTextThatMerelyMentionsWritingAlone() {
        String text = "On Monday I wrote to you already.\nNobody answered.";

        assertThat(QuotedHistory.strip(text)).isEqualTo(text);
    }
}
