package dev.crm.plugin.api;

/** What a channel can do; the host only offers a channel for what it declares. */
public enum ChannelCapability {
    /** Delivers outbound messages: acknowledgements, status updates, surveys. */
    SEND,
    /** Turns inbound requests (webhooks) into messages for the unified complaint intake. */
    RECEIVE,
    /** Fetches inbound messages itself when the host asks ({@link ChannelAdapter#poll}), e.g. from a mailbox. */
    POLL,
    /** Its provider reports whether messages it sent reached the recipient. */
    DELIVERY_RECEIPTS
}
