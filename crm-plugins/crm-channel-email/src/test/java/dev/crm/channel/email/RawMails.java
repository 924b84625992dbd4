package dev.crm.channel.email;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Customers' mail as it travels: RFC 822 text with CRLF line ends. */
final class RawMails {

    /** The bytes of the photo {@link #replyWithHistoryAndPhoto} carries. */
    static final byte[] PHOTO = new byte[1234];

    static {
        for (int i = 0; i < PHOTO.length; i++) {
            PHOTO[i] = (byte) (i * 31);
        }
    }

    private RawMails() {
    }

    /** A reply to the acknowledgement {@code <out-42@crm.test>}, in a thread Li Wei started with {@code <first-mail@example.com>}. */
    static String replyWithHistoryAndPhoto() {
        return crlf("""
                From: Li Wei <li.wei@example.com>
                To: support@crm.test
                Subject: Re: [C-2026-000123] We have received your complaint
                Date: Mon, 23 Nov 2026 09:30:00 +0000
                Message-ID: <reply-1@example.com>
                In-Reply-To: <out-42@crm.test>
                References: <first-mail@example.com>
                 <out-42@crm.test>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: multipart/alternative; boundary="inner"

                --inner
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                The kettle still does not heat. It is like C-2026-000124 of my neighbour=
                 =E2=80=94 please call.

                On Sun, 22 Nov 2026 at 08:00, CRM Support <support@crm.test> wrote:
                > We have received your complaint C-2026-000999.
                > Kind regards
                --inner
                Content-Type: text/html; charset=UTF-8

                <p>The kettle still does not heat.</p>
                --inner--
                --outer
                Content-Type: image/jpeg; name="kettle.jpg"
                Content-Disposition: attachment; filename="kettle.jpg"
                Content-Transfer-Encoding: base64

                """ + Base64.getMimeEncoder().encodeToString(PHOTO) + """

                --outer--
                """);
    }

    /** A first mail, not a reply: it starts its own thread. */
    static String newComplaint(String messageId, String subject) {
        return crlf("""
                From: "Zhang, Min" <zhang.min@example.com>
                To: support@crm.test
                Subject: %s
                Date: Tue, 24 Nov 2026 10:00:00 +0800
                Message-ID: %s
                Content-Type: text/plain; charset=UTF-8

                My order arrived broken.
                """.formatted(subject, messageId));
    }

    static String withoutFrom() {
        return crlf("""
                To: support@crm.test
                Subject: Who am I?
                Message-ID: <anonymous@example.com>
                Content-Type: text/plain; charset=UTF-8

                Nobody knows.
                """);
    }

    static byte[] bytes(String mail) {
        return mail.getBytes(StandardCharsets.UTF_8);
    }

    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
