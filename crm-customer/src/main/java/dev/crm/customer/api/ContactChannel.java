package dev.crm.customer.api;

/** The ways a customer can be reached, each needing its contact and the customer's consent. */
public enum ContactChannel {
    EMAIL, SMS, PHONE, WECHAT, POST
}
