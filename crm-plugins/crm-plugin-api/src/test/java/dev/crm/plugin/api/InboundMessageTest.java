package dev.crm.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InboundMessageTest {

    /** A valid e-mail message; each test changes the one part it is about. */
    private static final class Builder {
        String channelId = "email";
        String externalMessageId = "<a1@mail.example.com>";
        String threadId = "<a0@mail.example.com>";
        Sender sender = new Sender(Sender.Kind.EMAIL, "li.wei@example.com", "Li Wei");
        String subject = "Re: C-2026-000123 kettle still broken";
        String text = "It leaks again.";
        Instant receivedAt = Instant.parse("2026-11-22T08:00:00Z");
        List<String> references = List.of("C-2026-000123");
        List<Attachment> attachments = List.of();

        InboundMessage build() {
            return new InboundMessage(channelId, externalMessageId, threadId, sender, subject, text, receivedAt,
                    references, attachments);
        }
    }

    private static Builder message() {
        return new Builder();
    }

    @Test
    void aCompleteMessageKeepsItsValues() {
        InboundMessage message = message().build();

        assertThat(message.channelId()).isEqualTo("email");
        assertThat(message.threadId()).isEqualTo("<a0@mail.example.com>");
        assertThat(message.references()).containsExactly("C-2026-000123");
        assertThat(message.receivedAt()).isEqualTo(Instant.parse("2026-11-22T08:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "E-mail", "email_support", "-sms"})
    void theChannelIdIsALowerCaseSlug(String channelId) {
        Builder builder = message();
        builder.channelId = channelId;

        assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("channelId");
    }

    @Test
    void aMessageNeedsTheProvidersMessageId() {
        Builder blank = message();
        blank.externalMessageId = " ";
        Builder missing = message();
        missing.externalMessageId = null;

        assertThatIllegalArgumentException().isThrownBy(blank::build).withMessageContaining("externalMessageId");
        assertThatNullPointerException().isThrownBy(missing::build);
    }

    @Test
    void aMessageNeedsASenderAndATime() {
        Builder noSender = message();
        noSender.sender = null;
        Builder noTime = message();
        noTime.receivedAt = null;

        assertThatNullPointerException().isThrownBy(noSender::build).withMessageContaining("sender");
        assertThatNullPointerException().isThrownBy(noTime::build).withMessageContaining("receivedAt");
    }

    @Test
    void aBlankThreadOrSubjectMeansNone() {
        Builder builder = message();
        builder.threadId = "  ";
        builder.subject = "";

        InboundMessage message = builder.build();

        assertThat(message.threadId()).isNull();
        assertThat(message.subject()).isNull();
    }

    @Test
    void absentTextAndListsAreEmpty() {
        Builder builder = message();
        builder.text = null;
        builder.references = null;
        builder.attachments = null;

        InboundMessage message = builder.build();

        assertThat(message.text()).isEmpty();
        assertThat(message.references()).isEmpty();
        assertThat(message.attachments()).isEmpty();
    }

    @Test
    void aMessageKeepsItsOwnUnmodifiableLists() {
        List<String> references = new ArrayList<>(List.of("C-2026-000001"));
        List<Attachment> attachments = new ArrayList<>(List.of(new Attachment("photo.jpg", "image/jpeg", 2048, "media-1")));
        Builder builder = message();
        builder.references = references;
        builder.attachments = attachments;
        InboundMessage message = builder.build();

        references.clear();
        attachments.clear();

        assertThat(message.references()).containsExactly("C-2026-000001").isUnmodifiable();
        assertThat(message.attachments()).hasSize(1).isUnmodifiable();
    }

    @Test
    void referencesMustNotBeBlank() {
        Builder builder = message();
        builder.references = List.of("C-2026-000001", " ");

        assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("references");
    }

    @Test
    void anEmptyMessageIsRefused() {
        Builder builder = message();
        builder.subject = null;
        builder.text = " ";
        builder.attachments = List.of();

        assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("subject, text or an attachment");
    }

    @Test
    void aPhotoWithoutWordsIsAMessage() {
        Builder builder = message();
        builder.subject = null;
        builder.text = null;
        builder.attachments = List.of(new Attachment("photo.jpg", "image/jpeg", 0, "media-1"));

        assertThat(builder.build().attachments()).hasSize(1);
    }

    @Test
    void aSenderNeedsAKindAndAnAddress() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Sender(Sender.Kind.EMAIL, " ", null));
        assertThatNullPointerException().isThrownBy(() -> new Sender(Sender.Kind.PHONE, null, null));
        assertThatNullPointerException().isThrownBy(() -> new Sender(null, "+8613812345678", null));
        assertThat(new Sender(Sender.Kind.OPENID, "oX9a-openid", " ").name()).isNull();
    }

    @Test
    void anAttachmentNeedsANameAndANonNegativeSize() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Attachment(" ", "application/pdf", 10, null));
        assertThatNullPointerException().isThrownBy(() -> new Attachment(null, "application/pdf", 10, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Attachment("a.pdf", "application/pdf", -1, null))
                .withMessageContaining("sizeBytes");
        assertThat(new Attachment("a.pdf", null, 0, null).contentType()).isNull();
    }
}
