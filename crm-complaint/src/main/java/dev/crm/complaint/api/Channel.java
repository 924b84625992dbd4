package dev.crm.complaint.api;

/** Where a complaint came in (DOMAIN.md §1.1). */
public enum Channel {
    PHONE, EMAIL, ONLINE_CHAT, WEB_FORM, APP, SMS, WECHAT, SOCIAL_MEDIA, ON_SITE, LETTER
}
