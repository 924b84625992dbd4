package dev.crm.plugin.api;

/**
 * The {@link OutboundMessage#attributes()} keys the host fills in where it knows the value. A
 * channel uses those that mean something to it and ignores the rest.
 */
public final class MessageAttributes {

    /** The complaint the message is about, e.g. {@code C-2026-000123}; put it where the customer's reply carries it back (an e-mail subject). */
    public static final String COMPLAINT_NUMBER = "complaint-number";

    /** The {@link InboundMessage#threadId()} of the customer's conversation, so a reply lands in it (e-mail {@code In-Reply-To}). */
    public static final String THREAD_ID = "thread-id";

    /** What the message is: {@code acknowledgement}, {@code status}, {@code survey} or {@code notification}. */
    public static final String KIND = "kind";

    /** An HTML rendering of the body, for channels that send rich text beside the plain text. */
    public static final String HTML_BODY = "html-body";

    /** The provider-side template to use, for providers that send registered templates only (SMS in some countries). */
    public static final String TEMPLATE_ID = "template-id";

    private MessageAttributes() {
    }
}
