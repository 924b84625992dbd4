package dev.crm.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void escapesTextIntoParagraphs() {
        assertThat(HtmlText.paragraphsOf("Dear \"Li\" <Wei>,\nline two\n\n\nSecond & last"))
                .isEqualTo("<html><body>\n<p>Dear &quot;Li&quot; &lt;Wei&gt;,<br>\nline two</p>\n<p>Second &amp; last</p>\n</body></html>");
    }

    @Test
    void turnsHtmlIntoReadableText() {
        assertThat(HtmlText.toPlainText("<html><head><title>t</title><style>p{color:red}</style></head><body>"
                + "<p>Caf&eacute; &amp; tea&nbsp;&#8212;&#x263A;</p><!-- hidden --><div>line<br/>break</div>"
                + "<script>alert(1)</script></body></html>"))
                .isEqualTo("Caf&eacute; & tea \u2014\u263a\nline\nbreak");
    }
}
