package dev.crm.plugin.api;

/** What a channel can do. */
public enum ChannelCapability {
    /** Deliver outbound messages (acknowledgements, status updates, surveys). */
    SEND,
    /** Turn inbound requests (webhooks, mail polls) into messages for the unified intake. */
    RECEIVE,
    /** Report delivery receipts for messages it sent. */
    DELIVERY_RECEIPTS
}
